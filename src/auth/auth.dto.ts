import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOmittable } from '../common/validators/omittable.validator.js';
import { ROLES, type Role } from './account.entity.js';

export class LoginDto {
  @ApiProperty({ example: 'coordinator' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  login: string;

  @ApiProperty({ example: 'demo-coordinator-password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class CreateAccountDto {
  @ApiProperty({ example: 'tutor.siti', description: '3-100 characters: letters, digits, . _ - @' })
  @Matches(/^[A-Za-z0-9._@-]{3,100}$/, { message: 'login must be 3-100 letters, digits or . _ - @' })
  login: string;

  @ApiProperty({ example: 'a-long-passphrase', minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password: string;

  @ApiProperty({ enum: ROLES, example: 'tutor' })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for a tutor account' })
  @IsOmittable()
  @IsUUID()
  tutorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for an SME account' })
  @IsOmittable()
  @IsUUID()
  smeId?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ example: 'a-new-long-passphrase', minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password: string;
}
