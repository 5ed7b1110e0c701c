import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsString,
  Length,
  MaxLength,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import {
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_MESSAGES,
  type UserView,
} from '@syndesmos/auth';
import { SUPPORTED_LOCALES, type Locale } from '@syndesmos/common';
import { Optional } from '../common/validation';

/** The platform's password rule as a field validator, so it is listed with the other fields. */
function IsAcceptablePassword(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'acceptablePassword',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && checkPassword(value) === null,
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          if (typeof value !== 'string') return `${args?.property} must be a string`;
          const problem = checkPassword(value);
          return problem ? PASSWORD_PROBLEM_MESSAGES[problem] : 'password is not acceptable';
        },
      },
    });
}

export class RegisterDto {
  @ApiProperty({ example: 'maria@vet-school.gr', maxLength: 254 })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Not on lists of common passwords',
  })
  @IsAcceptablePassword()
  password!: string;

  @ApiProperty({ example: 'Maria Papadopoulou', minLength: 1, maxLength: 120 })
  @IsString()
  @Length(1, 120)
  displayName!: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES, example: 'el' })
  @IsIn(SUPPORTED_LOCALES)
  preferredLanguage!: Locale;
}

export class LoginDto {
  @ApiProperty({ example: 'maria@vet-school.gr' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from sign-in or the previous refresh' })
  @IsString()
  @Length(1, 200)
  refreshToken!: string;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @Optional()
  @IsString()
  @Length(1, 120)
  displayName?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @Optional()
  @IsIn(SUPPORTED_LOCALES)
  preferredLanguage?: Locale;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsAcceptablePassword()
  newPassword!: string;
}

export class TokenDto {
  @ApiProperty({ description: 'The token from the e-mailed link' })
  @IsString()
  @MaxLength(200)
  token!: string;
}

export class ResetRequestDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
}

export class ResetConfirmDto extends TokenDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsAcceptablePassword()
  newPassword!: string;
}

export class EmailChangeDto {
  @ApiProperty() @IsEmail() @MaxLength(254) newEmail!: string;

  @ApiProperty({ description: 'Your current password, to confirm' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UserResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: SUPPORTED_LOCALES }) preferredLanguage!: Locale;
  @ApiProperty({ enum: ['user', 'na_staff', 'admin'] }) role!: string;
  @ApiProperty({ type: [String], description: 'ISO 3166-1 codes an NA staff member moderates' }) naCountries!: string[];
  @ApiProperty({ description: 'Until it is, the user cannot publish or send messages' }) emailVerified!: boolean;
  @ApiProperty() createdAt!: string;
}

export class TokenResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ description: 'Single use: each refresh returns a new one' }) refreshToken!: string;
  @ApiProperty({ description: 'Access token lifetime in seconds' }) expiresIn!: number;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
}

export class SessionResponseDto extends TokenResponseDto {
  @ApiProperty({ type: UserResponseDto }) user!: UserResponseDto;
}

export function toUserResponse(user: UserView): UserResponseDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    preferredLanguage: user.preferredLanguage,
    role: user.role,
    naCountries: user.naCountries,
    emailVerified: user.emailVerified,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toTokenResponse(tokens: {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}): TokenResponseDto {
  return { ...tokens, tokenType: 'Bearer' };
}
