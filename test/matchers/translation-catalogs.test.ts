import { describe, expect, it } from 'vitest';
import { isTranslationCatalog } from '../../src/context/paths.js';

// Which paths are translation catalogs (text shown to people, not read): data files named by a
// locale under a translation folder, and Android resources in locale-qualified folders.

describe('isTranslationCatalog', () => {
  it.each([
    'config/locales/en.yml',
    'config/locales/pt-BR.yml',
    'config/locales/devise.en.yml',
    'public/locales/de/common.json',
    'src/i18n/locales/en/dashboard.json',
    'apps/web/locales/zh-Hant-TW.json',
    'internal/locale/translations/pt_BR.json',
    'lang/el.json',
    'messages/fr.json',
    'src/main/resources/i18n/messages_fr.properties',
    'app/Language/pt-BR.ini',
    'translation/dest/site/fr-FR.xml',
    'app/src/main/res/values-fr/strings.xml',
    'app/src/main/res/values-pt-rBR/strings.xml',
    'app/src/main/res/values-b+sr+Latn/strings.xml',
    'app/src/main/res/values-fr-land/dimens.xml',
    'app/src/main/res/raw-ja/onboarding.json',
  ])('%s is a translation catalog', (path) => {
    expect(isTranslationCatalog(path)).toBe(true);
  });

  it.each([
    // Code in a translation folder is read: an i18n set-up can load a vendor (a translation-management SDK).
    'src/i18n/index.ts',
    'src/locales/loader.js',
    'lang/en/messages.php',
    // Data not named by a locale, or not under a translation folder.
    'config/locales/settings.yml',
    'src/i18n/config.json',
    'data/en.json',
    'config/settings.yml',
    // Android qualifiers that are not locales, and the default resources.
    'app/src/main/res/values/strings.xml',
    'app/src/main/res/values-night/config.xml',
    'app/src/main/res/values-v21/styles.xml',
    'app/src/main/res/values-land/dimens.xml',
    'app/src/main/res/values-sw600dp/dimens.xml',
    'app/src/main/res/layout-fr/main.xml',
    'app/src/main/AndroidManifest.xml',
  ])('%s is read', (path) => {
    expect(isTranslationCatalog(path)).toBe(false);
  });
});
