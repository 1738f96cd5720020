import { ValidateIf, ValidationOptions } from 'class-validator';

/** Optional but never null: an absent field is skipped, a null one is validated and refused (IsOptional lets null through). */
export const IsOmittable = (options?: ValidationOptions): PropertyDecorator => ValidateIf((_object, value) => value !== undefined, options);
