import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesHostPatterns } from '../../../../src/core/host-pattern';
import fiverr from '../../../../src/sites/fiverr/site';
import freelancer from '../../../../src/sites/freelancer/site';
import github from '../../../../src/sites/github/site';
import upwork from '../../../../src/sites/upwork/site';
import { SITES } from '../../../../src/sites/registry';
import { profileSnapshotSchema } from '../../../../src/core/snapshot-schema';
import { parseHtml } from './fixture-cases';

/** Shared robustness checks for the Upwork, GitHub, Fiverr and Freelancer.com extractors. */
const MINE = [upwork, github, fiverr, freelancer];
const profileUrl = (p: (typeof MINE)[number]) => p.urls.examples.find((e) => e.kind === 'profile')!.url;

const HOSTILE = [
  '',
  '<html><head><title>\u202E\u200Bx</title></head><body><h2 itemprop="name"><script>alert(1)</script><img src=x onerror=alert(1)></h2></body></html>',
  `<script>window.__NUXT__=(function(a){return {state:{profile:{profile:{profile:{name:"${'A'.repeat(100_000)}"},stats:{hourlyRate:{amount:-5},rating:99,totalJobsWorked:"lots"}}}}}}(1))</script>`,
  `<script id="perseus-initial-props" type="application/json">${'['.repeat(50_000)}</script>`,
  `<script id="perseus-initial-props" type="application/json">{"seller":{"user":{"id":{"x":1},"name":5},"rating":{"score":"9"},"reviews":"no"}}</script>`,
  `<script id="ng-state" type="application/json">{"a":{"username":"brisklynx","public_name":"","hourly_rate":-1,"registration_date":"never","reputation":7}}</script>`,
  '<meta property="og:type" content="profile"><meta name="octolytics-dimension-user_id" content="-12"><div class="h-card" itemscope itemtype="http://schema.org/Person"><span itemprop="homeLocation" aria-label="Home location: "></span><a href="?tab=followers">lots</a></div>',
  '<div itemprop="name">' + 'x '.repeat(200_000) + '</div>',
];

describe('hostile and malformed pages', () => {
  for (const p of MINE) {
    it(`${p.id}: never throws, and any profile it returns passes the schema`, () => {
      for (const html of HOSTILE) {
        const r = p.extract(parseHtml(html), profileUrl(p));
        if (r.state === 'profile') expect(profileSnapshotSchema.safeParse(r.snapshot).success).toBe(true);
        else expect(r.snapshot).toBeNull();
      }
    });
    it(`${p.id}: survives random markup and random URLs`, () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 400 }), fc.oneof(fc.constantFrom(...p.urls.examples.map((e) => e.url)), fc.webUrl()), (junk, url) => {
          const r = p.extract(parseHtml(`<html><body><span itemprop="name">${junk}</span>${junk}</body></html>`), url);
          if (r.state === 'profile') expect(profileSnapshotSchema.safeParse(r.snapshot).success).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('detector examples are negatives for every other detector', () => {
  for (const p of MINE) {
    it(`${p.id} examples are rejected by every other platform`, () => {
      for (const ex of p.urls.examples) {
        const host = new URL(ex.url).hostname;
        for (const other of SITES) if (other.id !== p.id) expect(matchesHostPatterns(other.hosts, host), `${other.id} claims ${ex.url}`).toBe(false);
      }
    });
  }
});
