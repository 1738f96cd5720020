import { registerDecorator, ValidationOptions } from 'class-validator';

/** A property decorator from a plain predicate; the message starts with the property's name. */
export const valueValidator =
  (name: string, validate: (value: unknown) => boolean, message: string) =>
  (options?: ValidationOptions) =>
  (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} ${message}`, ...options },
      validator: { validate },
    });
