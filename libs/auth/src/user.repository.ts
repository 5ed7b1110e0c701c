import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction, managerOf, type Tx } from '@syndesmos/database';
import { isUniqueViolation } from '@syndesmos/database';
import type { Locale } from '@syndesmos/common';
import type { Role } from './roles';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  passwordHash: string;
  displayName: string;
  preferredLanguage: Locale;
  role?: Role;
  naCountries?: string[];
  emailVerifiedAt?: Date | null;
}

export class DuplicateEmailError extends Error {}

@Injectable()
export class UserRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(UserEntity);
  }

  findById(userId: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ id: userId });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  async insert(user: NewUser): Promise<UserEntity> {
    try {
      return await this.repo.save(this.repo.create({ role: 'user', naCountries: [], ...user }));
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateEmailError(user.email);
      throw err;
    }
  }

  async updateProfile(
    userId: string,
    patch: Partial<Pick<UserEntity, 'displayName' | 'preferredLanguage'>>,
  ): Promise<UserEntity | null> {
    if (Object.keys(patch).length > 0) await this.repo.update({ id: userId }, patch);
    return this.findById(userId);
  }

  async updatePasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.repo.update({ id: userId }, { passwordHash });
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.ds, work);
  }

  async delete(userId: string, tx?: Tx): Promise<void> {
    const em = managerOf(this.ds, tx);
    await em.delete(UserEntity, { id: userId });
  }

  async setRole(userId: string, role: Role, naCountries: string[]): Promise<UserEntity | null> {
    await this.repo.update({ id: userId }, { role, naCountries });
    return this.findById(userId);
  }
}
