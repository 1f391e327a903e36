/** Use cases of the catalogue: list indicators, places and bodies. */
import type { Db } from "../db/connect.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import { presentBody, presentIndicator, presentPlaces } from "../presenters/catalogue.presenter.ts";
import { notFound } from "../errors/app-error.ts";

export async function listIndicators(db: Db) {
  return (await catalogue.findIndicators(db)).map(presentIndicator);
}

export async function getIndicator(db: Db, code: string) {
  const row = await catalogue.findIndicator(db, code);
  if (!row) throw notFound("code", `指标“${code}”不存在`, `indicator "${code}" does not exist`);
  return presentIndicator(row);
}

export async function listPlaces(db: Db, kind?: string) {
  const [places, memberships] = await Promise.all([catalogue.findPlaces(db), catalogue.findMemberships(db)]);
  const all = presentPlaces(places, memberships);
  return kind ? all.filter((p) => p.kind === kind) : all;
}

export async function listBodies(db: Db) {
  return (await catalogue.findBodies(db)).map(presentBody);
}
