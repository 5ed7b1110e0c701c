import { applyDecorators } from '@nestjs/common';
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
  ROLES,
  type UserView,
} from '@syndesmos/auth';
import { SUPPORTED_LOCALES, type Locale } from '@syndesmos/common';
import { Optional } from '../common/validation';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH, REFRESH_TOKEN_PLACES, type RefreshTokenPlace } from './refresh-cookie';
import { taxonomyCode } from '../taxonomies/taxonomy-codes';

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

const REFRESH_TOKEN_IN = {
  enum: REFRESH_TOKEN_PLACES,
  default: 'body',
  description:
    `Where the refresh token goes: \`body\` (the answer's refreshToken, for API clients) or \`cookie\` ` +
    `(for browsers: an HttpOnly, SameSite=Strict cookie \`${REFRESH_COOKIE}\` on Path=${REFRESH_COOKIE_PATH}, ` +
    'Secure over https, and no refreshToken in the answer)',
  example: 'body',
} as const;

/** Sign-in and registration choose where the refresh token goes. */
const RefreshTokenIn = (): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional(REFRESH_TOKEN_IN), Optional(), IsIn(REFRESH_TOKEN_PLACES));

export class RegisterDto {
  @ApiProperty({ format: 'email', example: 'maria@vet-school.gr', maxLength: 254 })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Not on lists of common passwords',
    example: 'Olive-harbour-1987',
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

  @RefreshTokenIn()
  refreshTokenIn?: RefreshTokenPlace;
}

export class LoginDto {
  @ApiProperty({ example: 'maria@vet-school.gr', maxLength: 254 })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, example: 'Olive-harbour-1987' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @RefreshTokenIn()
  refreshTokenIn?: RefreshTokenPlace;
}

export class RefreshDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 200,
    description: `The refresh token from sign-in or the previous refresh; leave it out to use the \`${REFRESH_COOKIE}\` cookie`,
    example: 'Zm9vYmFyYmF6cXV4LnJlZnJlc2g',
  })
  @Optional()
  @IsString()
  @Length(1, 200)
  refreshToken?: string;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120, example: 'Maria Papadopoulou' })
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
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, example: 'Olive-harbour-1987' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Not on lists of common passwords',
    example: 'Quiet-lighthouse-2031',
  })
  @IsAcceptablePassword()
  newPassword!: string;
}

export class TokenDto {
  @ApiProperty({ maxLength: 200, description: 'The token from the e-mailed link', example: 'q5oYb4m9kR2xT0vW' })
  @IsString()
  @MaxLength(200)
  token!: string;
}

export class ResetRequestDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'maria@vet-school.gr' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class ResetConfirmDto extends TokenDto {
  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Not on lists of common passwords',
    example: 'Quiet-lighthouse-2031',
  })
  @IsAcceptablePassword()
  newPassword!: string;
}

export class EmailChangeDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'maria.p@vet-school.gr' })
  @IsEmail()
  @MaxLength(254)
  newEmail!: string;

  @ApiProperty({
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Your current password, to confirm',
    example: 'Olive-harbour-1987',
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UserResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email', example: 'maria@vet-school.gr' }) email!: string;
  @ApiProperty({ example: 'Maria Papadopoulou' }) displayName!: string;
  @ApiProperty({ enum: SUPPORTED_LOCALES, example: 'el' }) preferredLanguage!: Locale;
  @ApiProperty({ enum: ROLES, example: 'user' }) role!: string;
  @ApiProperty(
    taxonomyCode('CountryCode', {
      isArray: true,
      description: 'The countries an NA staff member moderates; empty for everyone else',
      example: [],
    }),
  )
  naCountries!: string[];
  @ApiProperty({ description: 'Until it is, the user cannot publish or send messages' }) emailVerified!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class TokenResponseDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`' }) accessToken!: string;
  @ApiPropertyOptional({
    description:
      'Single use: each refresh returns a new one. Absent when refreshTokenIn is cookie (and when a refresh ' +
      'used the cookie): the token is then in the Set-Cookie header only',
  })
  refreshToken?: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Access token lifetime in seconds', example: 900 })
  expiresIn!: number;
  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' }) tokenType!: 'Bearer';
}

/** The answer of requests whose effect comes by e-mail: a sentence to show the user. */
export class MailSentResponseDto {
  @ApiProperty({ example: 'A new confirmation link is on its way.' }) message!: string;
}

export class SessionResponseDto extends TokenResponseDto {
  @ApiProperty({ type: UserResponseDto }) user!: UserResponseDto;
}

export function toSessionResponse(
  user: UserView,
  tokens: Parameters<typeof toTokenResponse>[0],
  place: RefreshTokenPlace = 'body',
): SessionResponseDto {
  return { user: toUserResponse(user), ...toTokenResponse(tokens, place) };
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

/** The token answer; with `cookie` the refresh token is left to the Set-Cookie header. */
export function toTokenResponse(
  tokens: { accessToken: string; refreshToken: string; expiresIn: number },
  place: RefreshTokenPlace = 'body',
): TokenResponseDto {
  return {
    accessToken: tokens.accessToken,
    ...(place === 'body' ? { refreshToken: tokens.refreshToken } : {}),
    expiresIn: tokens.expiresIn,
    tokenType: 'Bearer',
  };
}
