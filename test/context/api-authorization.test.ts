import { describe, expect, it } from 'vitest';
import { isIntegrationPath, isSignInOnly, organizationsWithApis, pathWords, requestsApiScopes } from '../../src/context/api-authorization.js';
import { isSeedData, isToolingManifest } from '../../src/context/paths.js';

describe('where a sign-in endpoint lives', () => {
  it('splits a path into folder and file words, at separators and case changes', () => {
    expect(pathWords('ShareX.UploadersLib/FileUploaders/OneDrive.cs')).toEqual(['share', 'x', 'uploaders', 'lib', 'file', 'uploaders', 'one', 'drive', 'cs']);
    expect(pathWords('plugins/dispatch_microsoft_teams/conference/config.py')).toEqual(['plugins', 'dispatch', 'microsoft', 'teams', 'conference', 'config', 'py']);
  });

  it("an integration's folder (uploader, driver, migration, mail, notifications, plugin) is API code", () => {
    for (const path of [
      'ShareX.UploadersLib/FileUploaders/OneDrive.cs',
      'pkg/filemanager/driver/onedrive/oauth.go',
      'pkg/modules/migration/microsoft-todo/microsoft_todo.go',
      'app/Misc/Mail.php',
      'src/NzbDrone.Core/Notifications/Twitter/TwitterProxy.cs',
      'plugins/MauticCrmBundle/Integration/DynamicsIntegration.php',
      'packages/server/src/utils/vault/azure.ts',
    ]) expect(isIntegrationPath(path), path).toBe(true);
  });

  it('sign-in code stays sign-in, also inside a plugin or an integration folder', () => {
    for (const path of [
      'selfservice/strategy/oidc/provider_microsoft.go',
      'src/Smartstore.Modules/Smartstore.Microsoft.Auth/Providers/MicrosoftProvider.cs',
      'plugins/sso-google/login.php',
      'plugins/azure/server/azure.ts',
      'server/modules/authentication/azure/authentication.js',
      'integrations/passport/google.ts',
      'src/config.ts',
    ]) expect(isIntegrationPath(path), path).toBe(false);
  });
});

describe('OAuth scopes', () => {
  it("an API's scope is not sign-in's: Gmail, Drive, Graph mail and Exchange Online ask for access; openid, userinfo and User.Read sign in", () => {
    for (const text of [
      "scope: 'https://www.googleapis.com/auth/gmail.send'",
      'SCOPES = ["https://www.googleapis.com/auth/drive.file"]',
      "scopes: ['https://graph.microsoft.com/Mail.Send', 'offline_access']",
      "scope: 'https://graph.microsoft.com/.default'",
      "'https://outlook.office365.com/IMAP.AccessAsUser.All'",
    ]) expect(requestsApiScopes(text), text).toBe(true);
    for (const text of [
      "scope: 'openid email profile'",
      "scope: 'https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile'",
      "scopes: ['https://graph.microsoft.com/User.Read']",
    ]) expect(requestsApiScopes(text), text).toBe(false);
  });
});

describe('path classes of tooling manifests and seed data', () => {
  it("a CI action's or a root scripts folder's dependency file is tooling; the product's is not", () => {
    expect(isToolingManifest('.github/actions/pr-asana-sync/package.json')).toBe(true);
    expect(isToolingManifest('scripts/release/requirements.txt')).toBe(true);
    expect(isToolingManifest('ios/fastlane/Gemfile')).toBe(true);
    expect(isToolingManifest('package.json')).toBe(false);
    expect(isToolingManifest('apps/web/package.json')).toBe(false);
  });

  it("each framework's migrations and seeds are seed data; models and settings are not", () => {
    for (const path of ['db/migrate/20121110213717_add_avatar_url_to_users.rb', 'db/seeds.rb', 'database/seeders/UserSeeder.php', 'database/migrations/2024_01_01_000000_create_settings.php', 'migrations/versions/rev-2021-02-10_157df65ec235_.py', 'app/accounts/migrations/0003_avatar.py', 'packages/db/prisma/seed.ts', 'prisma/migrations/20240101_init/migration.sql', 'populate_db.py'])
      expect(isSeedData(path), path).toBe(true);
    for (const path of ['app/models/user.rb', 'config/settings.py', 'src/migrations.ts', 'pkg/modules/migration/microsoft-todo/microsoft_todo.go']) expect(isSeedData(path), path).toBe(false);
  });
});

describe('which sign-in vendors stand for sign-in only', () => {
  it('a vendor of the social-login category alone is sign-in only; one that is also a storage API is not', () => {
    expect(isSignInOnly(['social-login'])).toBe(true);
    expect(isSignInOnly(['social-login', 'backend'])).toBe(false);
    expect(isSignInOnly([])).toBe(false);
  });

  it('organizations with API vendors of their own, sign-in vendors and embeds not counted', () => {
    const organizations = organizationsWithApis([
      { organization: 'microsoft', categories: ['social-login'] },
      { organization: 'microsoft', categories: ['ai'] },
      { organization: 'x-corp', categories: ['social-login'] },
      { organization: 'x-corp', categories: ['social'] },
      { organization: 'dropbox', categories: ['social-login', 'backend'] },
    ]);
    expect([...organizations]).toEqual(['microsoft']);
  });
});
