import { declaredNotFound } from './declared-not-found.js';
import { indirectVendor } from './indirect-vendor.js';
import { manifestWarning } from './manifest-warning.js';
import { outOfScope } from './out-of-scope.js';
import { parseWarning } from './parse-warning.js';
import { policyTextContradiction } from './policy-text-contradiction.js';
import { policyTextMissing } from './policy-text-missing.js';
import { policyTextUndeclared } from './policy-text-undeclared.js';
import { prohibitedVendor } from './prohibited-vendor.js';
import { purposeMissing } from './purpose-missing.js';
import { skippedFile } from './skipped-file.js';
import { undeclaredVendor } from './undeclared-vendor.js';
import { unknownVendor } from './unknown-vendor.js';
import { trackingBeforeConsent } from './tracking-before-consent.js';
import { unlistedThirdParty } from './unlisted-third-party.js';
import { exceptionExpiredMeta, exceptionUnusedMeta, invalidIgnoreMeta, unusedIgnoreMeta } from '../suppress.js';
import type { Check, RuleMeta } from './types.js';

/** Every policy check, in the order they run. One module per finding id. */
export const CHECKS: Check[] = [undeclaredVendor, indirectVendor, prohibitedVendor, outOfScope, declaredNotFound, purposeMissing, unknownVendor, manifestWarning, parseWarning, policyTextMissing, policyTextUndeclared, policyTextContradiction, unlistedThirdParty, trackingBeforeConsent, skippedFile];

/** Every finding id the tool can report, with its metadata (for SARIF rules, docs, severities). */
export const RULES: RuleMeta[] = [...CHECKS.map((check) => check.meta), exceptionExpiredMeta, exceptionUnusedMeta, invalidIgnoreMeta, unusedIgnoreMeta];

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((rule) => rule.id === id);
}
