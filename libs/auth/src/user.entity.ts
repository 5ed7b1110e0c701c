import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale } from '@syndesmos/common';
import type { Role } from './roles';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { length: 254 }) email!: string;
  @Column('text') passwordHash!: string;
  @Column('varchar', { length: 120 }) displayName!: string;
  @Column('varchar', { length: 2 }) preferredLanguage!: Locale;
  @Column('varchar', { length: 16 }) role!: Role;
  @Column('varchar', { length: 2, array: true }) naCountries!: string[];
  @Column('timestamptz', { nullable: true }) emailVerifiedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
