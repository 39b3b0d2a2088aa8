import posthog from 'posthog-js';

// Product analytics, declared in subprocessors.yml.
export function initAnalytics(): void {
  posthog.init(import.meta.env.VITE_POSTHOG_KEY ?? 'phc_example', {
    api_host: 'https://eu.i.posthog.com',
    person_profiles: 'identified_only',
  });
}
