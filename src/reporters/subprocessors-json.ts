import { dataLabel, locationName, transferLabel } from '../manifest/vocabulary.js';
import type { SubprocessorEntity, SubprocessorList } from './subprocessors.js';

// The public subprocessor list as JSON (schema/subprocessor-list.schema.json), for websites that
// render their own page: ids for code, labels for people, the same content as the Markdown list.

function entityJson(entity: SubprocessorEntity) {
  return {
    name: entity.name,
    role: entity.role,
    services: entity.services.map((service) => ({
      name: service.name,
      ...(service.facts.purpose ? { purpose: service.facts.purpose } : {}),
      reviewed: !service.unreviewed,
      data: (service.facts.data ?? []).map((id) => ({ id, label: dataLabel(id) })),
      location: (service.facts.location ?? []).map((code) => ({ code, name: locationName(code) })),
      transfer: (service.facts.transfer ?? []).map((id) => ({ id, label: transferLabel(id) })),
    })),
    privacy: entity.privacy,
    dpa: entity.dpa,
  };
}

/** The public subprocessor list as a JSON document (version 1: fields are only ever added). */
export function formatSubprocessorsJson(list: SubprocessorList): string {
  const document = {
    version: 1,
    lastUpdated: list.lastUpdated ?? null,
    draft: list.unreviewed.length > 0,
    unreviewed: list.unreviewed,
    processors: list.processors.map(entityJson),
    controllers: list.controllers.map(entityJson),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
