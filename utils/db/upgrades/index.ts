/**
 * The upgrade steps, by the version each brings the database to. A step that has shipped is never edited:
 * each is written against its own version's shape, with what it needs copied in (a test upgrades a
 * database of every earlier version holding data). A new version is a new file.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { upgradeTo1 } from './1';
import { upgradeTo2 } from './2';
import { upgradeTo3 } from './3';
import { upgradeTo4 } from './4';
import { upgradeTo5 } from './5';

type Step = (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void | Promise<void>;

export const UPGRADES: Record<number, Step> = {
  1: (db) => upgradeTo1(db),
  2: (_db, tx) => upgradeTo2(tx),
  3: (db, tx) => upgradeTo3(db, tx),
  4: (_db, tx) => upgradeTo4(tx),
  5: (_db, tx) => upgradeTo5(tx),
};
