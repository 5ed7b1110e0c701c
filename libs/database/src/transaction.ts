import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

declare const OPEN_TRANSACTION: unique symbol;

/**
 * An open PostgreSQL transaction, opaque: services pass it from one repository call to the
 * next so the calls commit together; only repositories see what is inside (`unwrapTx`).
 */
export interface Tx {
  readonly [OPEN_TRANSACTION]: true;
}

/** Repositories only: hands a TypeORM transaction to services as a Tx. */
export function asTx(em: EntityManager): Tx {
  return em as unknown as Tx;
}

/** Repositories only: the EntityManager of a transaction. */
export function unwrapTx(tx: Tx): EntityManager {
  return tx as unknown as EntityManager;
}

/** Repositories only: the transaction's EntityManager when there is one, else the pool's. */
export function managerOf(ds: DataSource, tx?: Tx): EntityManager {
  return tx ? unwrapTx(tx) : ds.manager;
}

/** Repositories only: runs work in one transaction; everything done with `tx` commits together. */
export function inTransaction<T>(ds: DataSource, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ds.transaction((em) => work(asTx(em)));
}

/** Opens transactions for services that span repositories: the Tx goes to each of them. */
@Injectable()
export class UnitOfWork {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.ds, work);
  }
}

/** The database health check the processes' health endpoints run. */
@Injectable()
export class DatabaseHealth {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async ping(): Promise<void> {
    await this.ds.query('SELECT 1');
  }
}
