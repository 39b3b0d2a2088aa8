import { describe, expect, it } from 'vitest';
import { envReadPattern } from '../../src/catalog/catalog.js';
import { buildCatalog } from '../../src/catalog/load.js';
import { scanText } from '../../src/scan.js';

// `signatures.env`: code that reads a vendor's credential variable integrates it, also behind a
// wrapper library (LiteLLM, LangChain, mem0) that imports the SDK for the app.

const reads = (code: string) => [...code.matchAll(envReadPattern('OPENAI_API_KEY'))].map((match) => match[0]);

describe('envReadPattern: a read of the variable, per language', () => {
  it.each([
    ['JavaScript', 'const key = process.env.OPENAI_API_KEY;'],
    ['JavaScript, bracket', 'const key = process.env["OPENAI_API_KEY"];'],
    ['t3-env / Vite', 'apiKey: env.OPENAI_API_KEY,'],
    ['Deno', 'Deno.env.get("OPENAI_API_KEY")'],
    ['Python', 'key = os.environ["OPENAI_API_KEY"]'],
    ['Python, get', 'key = os.environ.get("OPENAI_API_KEY")'],
    ['Python, getenv', "key = os.getenv('OPENAI_API_KEY')"],
    ['Python, django-environ / environs', 'key = env.str("OPENAI_API_KEY")'],
    ['Ruby', 'key = ENV["OPENAI_API_KEY"]'],
    ['Ruby, fetch', "key = ENV.fetch('OPENAI_API_KEY')"],
    ['PHP, Laravel', "'key' => env('OPENAI_API_KEY'),"],
    ['PHP', "$key = $_ENV['OPENAI_API_KEY'];"],
    ['PHP, getenv', "$key = getenv('OPENAI_API_KEY');"],
    ['Go', 'key := os.Getenv("OPENAI_API_KEY")'],
    ['Java / Kotlin', 'String key = System.getenv("OPENAI_API_KEY");'],
    ['C#', 'var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");'],
    ['Rust', 'let key = std::env::var("OPENAI_API_KEY")?;'],
    ['Elixir', 'key = System.fetch_env!("OPENAI_API_KEY")'],
    ['Elixir, get_env', 'key = System.get_env("OPENAI_API_KEY")'],
    ['Dart', "final key = Platform.environment['OPENAI_API_KEY'];"],
    ['Swift', 'let key = ProcessInfo.processInfo.environment["OPENAI_API_KEY"]'],
  ])('%s', (_language, code) => {
    expect(reads(code)).toHaveLength(1);
  });

  it("a framework's browser prefix is the same variable; another name that ends with it is not", () => {
    const sentry = (code: string) => [...code.matchAll(envReadPattern('SENTRY_DSN'))].map((match) => match[0]);
    expect(sentry('dsn: process.env.NEXT_PUBLIC_SENTRY_DSN,')).toEqual(['env.NEXT_PUBLIC_SENTRY_DSN']);
    expect(sentry('dsn: import.meta.env.VITE_SENTRY_DSN,')).toEqual(['env.VITE_SENTRY_DSN']);
    expect(sentry("dsn: process.env['REACT_APP_SENTRY_DSN'],")).toHaveLength(1);
    expect(sentry('dsn: process.env.LEGACY_SENTRY_DSN,')).toEqual([]);
  });

  it('a name in a list, a message, a longer name or a shell line is not a read', () => {
    expect(reads('REQUIRED = ["OPENAI_API_KEY", "DATABASE_URL"]')).toEqual([]);
    expect(reads('raise ValueError("Set OPENAI_API_KEY first")')).toEqual([]);
    expect(reads('os.environ.get("OPENAI_API_KEY_FILE")')).toEqual([]);
    expect(reads('process.env.OPENAI_API_KEY_SECRET_NAME')).toEqual([]);
    expect(reads('export OPENAI_API_KEY=sk-xxx')).toEqual([]);
  });
});

describe('signatures.env through the scan', () => {
  const catalog = buildCatalog();
  const vendors = (path: string, text: string) => scanText(catalog, path, text).evidence.map((item) => `${item.vendor} ${item.kind} ${item.line} ${item.match}`);

  it('a server that hands its OpenAI key to a wrapper library integrates OpenAI', () => {
    const server = 'import os\nfrom mem0 import Memory\n\nOPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")\nconfig = {"llm": {"provider": "openai", "config": {"api_key": OPENAI_API_KEY}}}\n';
    expect(vendors('server/main.py', server)).toEqual(['openai code 4 get("OPENAI_API_KEY"']);
  });

  it('each vendor by its own variable; the read in a comment is not evidence', () => {
    expect(vendors('src/llm.ts', 'const groq = process.env.GROQ_API_KEY;\n// process.env.ANTHROPIC_API_KEY\n')).toEqual(['groq code 1 env.GROQ_API_KEY']);
    expect(vendors('config/services.php', "<?php\nreturn ['twilio' => ['sid' => env('TWILIO_ACCOUNT_SID'), 'token' => env('TWILIO_AUTH_TOKEN')]];\n")).toEqual([
      "twilio code 2 env('TWILIO_ACCOUNT_SID'",
      "twilio code 2 env('TWILIO_AUTH_TOKEN'",
    ]);
  });

  it('a .env file or docker-compose YAML names the variable without reading it', () => {
    expect(vendors('.env.example', 'OPENAI_API_KEY=\n')).toEqual([]);
    expect(vendors('docker-compose.yml', 'services:\n  api:\n    environment:\n      - OPENAI_API_KEY=${OPENAI_API_KEY}\n')).toEqual([]);
  });

  const mentions = (path: string, text: string) => scanText(catalog, path, text).evidence.map((item) => `${item.vendor} ${item.line} ${item.mention ?? 'use'}`);

  it('an environment schema that lists a variable nothing uses is a mention (t3-env runtimeEnv, schema line)', () => {
    const schema = [
      "import { createEnv } from '@t3-oss/env-nextjs';",
      'export const Env = createEnv({',
      '  client: {',
      '    NEXT_PUBLIC_POSTHOG_KEY: z.string().optional(),',
      '  },',
      '  runtimeEnv: {',
      '    NEXT_PUBLIC_POSTHOG_KEY: process.env.NEXT_PUBLIC_POSTHOG_KEY,',
      '    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,',
      '  },',
      '});',
      'export const stripe = new Stripe(Env.STRIPE_SECRET_KEY);',
    ].join('\n');
    // PostHog's key is only listed; Stripe's is used on the last line.
    expect(mentions('src/libs/Env.ts', schema)).toEqual(['posthog 7 env-registry', 'stripe 8 use']);
  });

  it('a variable named after the key and used later, or a read passed straight on, is a use', () => {
    const server = 'OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")\nconfig = {"llm": {"provider": "openai", "config": {"api_key": OPENAI_API_KEY}}}\n';
    expect(mentions('server/main.py', server)).toEqual(['openai 1 use']);
    expect(mentions('app/settings.py', 'OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")\n')).toEqual(['openai 1 env-registry']);
    expect(mentions('src/ai.ts', 'export const llm = createLLM({ provider: "openai", apiKey: process.env.OPENAI_API_KEY });\n')).toEqual(['openai 1 use']);
  });

  it("a library's published table of providers names each credential without choosing one (Laravel AI SDK config/ai.php)", () => {
    const config = [
      '<?php',
      'return [',
      "    'default' => 'openai',",
      "    'providers' => [",
      "        'anthropic' => ['driver' => 'anthropic', 'key' => env('ANTHROPIC_API_KEY')],",
      "        'cohere' => [",
      "            'driver' => 'cohere',",
      "            'key' => env('COHERE_API_KEY'),",
      '        ],',
      "        'openai' => ['driver' => 'openai', 'key' => env('OPENAI_API_KEY')],",
      "        'mistral' => ['driver' => 'mistral', 'key' => env('MISTRAL_API_KEY')],",
      '    ],',
      '];',
    ].join('\n');
    expect(mentions('config/ai.php', config.replace("'default' => 'openai'", "'default' => 'ollama'"))).toEqual(['anthropic 5 provider-table', 'cohere 8 provider-table', 'openai 10 provider-table', 'mistral 11 provider-table']);
    // The table's default is the product's choice (Koel: `'default' => env('AI_PROVIDER', 'openai')`).
    expect(mentions('config/ai.php', config)).toEqual(['anthropic 5 provider-table', 'cohere 8 provider-table', 'openai 10 use', 'mistral 11 provider-table']);
    expect(mentions('config/ai.php', config.replace("'default' => 'openai'", "'default' => env('AI_PROVIDER', 'openai')"))).toContain('openai 10 use');
    // The provider the product selects is its integration: laravel/ai's Lab enum names it.
    expect(mentions('app/Ai/Writer.php', '<?php\nuse Laravel\\Ai\\Enums\\Lab;\nfunction lab(): Lab { return Lab::Anthropic; }\n')).toEqual(['anthropic 3 use']);
  });

  it('two providers of a kind, or three of different kinds, are the product\'s own configuration', () => {
    const two = "<?php\nreturn [\n  'openai' => ['key' => env('OPENAI_API_KEY')],\n  'anthropic' => ['key' => env('ANTHROPIC_API_KEY')],\n];\n";
    expect(mentions('config/services.php', two)).toEqual(['openai 3 use', 'anthropic 4 use']);
    const server = [
      'export const config = {',
      '  openai: { apiKey: process.env.OPENAI_API_KEY },',
      '  stripe: { secretKey: process.env.STRIPE_SECRET_KEY },',
      '  posthog: { apiKey: process.env.POSTHOG_API_KEY },',
      '};',
    ].join('\n');
    expect(mentions('src/config.ts', server).every((line) => line.endsWith(' use'))).toBe(true);
    // Clients built in one file, each handed its key, are calls, not a table.
    const clients = [
      'export const models = {',
      '  openai: createClient({',
      '    apiKey: process.env.OPENAI_API_KEY,',
      '  }),',
      '  anthropic: createClient({',
      '    apiKey: process.env.ANTHROPIC_API_KEY,',
      '  }),',
      '  mistral: createClient({ apiKey: process.env.MISTRAL_API_KEY }),',
      '};',
    ].join('\n');
    expect(mentions('src/models.ts', clients)).toEqual(['openai 3 use', 'anthropic 6 use', 'mistral 8 use']);
  });
});

