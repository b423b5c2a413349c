import { describe, expect, it } from 'vitest';
import { LiteralReader } from '../../../../src/sites/upwork/js-literal';
import { nuxtProfile, nuxtProfileViewer, parseNuxtState } from '../../../../src/sites/upwork/nuxt-state';
import { readFromScript } from '../../../../src/sites/upwork/legacy-json';

describe('JS literal reader', () => {
  it('reads objects, arrays, quoting styles, escapes, void 0 and shorthand', () => {
    const r = new LiteralReader(`{a:1,'b':"x\\u003Cy\\n",c:[true,false,null,void 0,,-2.5e1],"d-e":{f:'it\\'s'},g}`);
    expect(r.value()).toEqual({ a: 1, b: 'x<y\n', c: [true, false, null, undefined, undefined, -25], 'd-e': { f: "it's" }, g: { $ref: 'g' } });
  });
  it('rejects what is not a literal', () => {
    expect(() => new LiteralReader('{a:1+}').value()).toThrow();
    expect(() => new LiteralReader('"unterminated').value()).toThrow();
    expect(() => new LiteralReader('['.repeat(10_000)).value()).toThrow(/too deep/);
  });
});

describe('Upwork __NUXT__ IIFE', () => {
  it('resolves argument references and skips statements before return', () => {
    const src = `window.__NUXT__=(function(a,b,c,d){a.x=[1,2];return {state:{user:{name:"Viewer"},profile:{profile:{identity:{ciphertext:"~01abc123456"},profile:{name:c,title:"T"},stats:{totalHours:d,totalEarnings:a,topRated:b}}}}}}(null,false,"Ann Q.",12.5));`;
    const p = nuxtProfile(parseNuxtState(src));
    expect(p).toEqual({ identity: { ciphertext: '~01abc123456' }, profile: { name: 'Ann Q.', title: 'T' }, stats: { totalHours: 12.5, totalEarnings: null, topRated: false } });
  });
  it('applies the prelude that fills argument arrays and objects, as the live 2026 page does', () => {
    const src = `window.__NUXT__=(function(a,b,c,d){c[0]={prettyName:"Go",rank:b};c[1]={prettyName:a};d.name="Newest";d["label"]=a;return {state:{profileViewer:{profile:{profile:{skills:c}},workHistory:{sort:d}}}}}("Rust",1,Array(2),{}));`;
    const state = parseNuxtState(src);
    expect(nuxtProfile(state)).toEqual({ profile: { skills: [{ prettyName: 'Go', rank: 1 }, { prettyName: 'Rust' }] } });
    expect(nuxtProfileViewer(state)?.workHistory).toEqual({ sort: { name: 'Newest', label: 'Rust' } });
  });
  it('prefers the 2026 profileViewer record and still reads the earlier state.profile one', () => {
    expect(nuxtProfile({ state: { profileViewer: { profile: { a: 1 } }, profile: { profile: { a: 2 } } } })).toEqual({ a: 1 });
    expect(nuxtProfile({ state: { profile: { profile: { a: 2 } } } })).toEqual({ a: 2 });
  });
  it('skips prelude statements it does not understand and never assigns through a prototype', () => {
    const src = `window.__NUXT__=(function(a,b){if(x){y()};b.__proto__={polluted:1};a.ok=true;for(;;){};return {state:{profile:{profile:a}}}}({},1));`;
    expect(nuxtProfile(parseNuxtState(src))).toEqual({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('resolves shared and cyclic references once, without blowing up', () => {
    // Each argument references the previous one twice: expanding naively would take 2^40 steps.
    const n = 40;
    const params = Array.from({ length: n }, (_, i) => `p${i}`);
    const prelude = params.slice(1).map((p, i) => `${p}.l=${params[i]};${p}.r=${params[i]};`).join('');
    const src = `window.__NUXT__=(function(${params.join(',')}){${prelude}p0.self=p0;return {state:{profile:{profile:{top:p${n - 1}}}}}}(${params.map(() => '{}').join(',')}));`;
    const p = nuxtProfile(parseNuxtState(src)) as { top: { l: unknown; r: unknown } };
    expect(p.top.l).toBe(p.top.r);
    let bottom: Record<string, unknown> = p.top as Record<string, unknown>;
    while (bottom.l) bottom = bottom.l as Record<string, unknown>;
    expect(bottom).toEqual({ self: undefined });
  });
  it('also reads a plain object assignment and the (function(){})() call form', () => {
    expect(nuxtProfile(parseNuxtState('window.__NUXT__={state:{profile:{profile:{a:1}}}};'))).toEqual({ a: 1 });
    expect(nuxtProfile(parseNuxtState('window.__NUXT__=(function(a){return {state:{profile:{profile:{a:a}}}}})(7);'))).toEqual({ a: 7 });
  });
  it('gives unknown for unbound references and never pollutes prototypes', () => {
    const p = nuxtProfile(parseNuxtState('window.__NUXT__=(function(a){return {state:{profile:{profile:{x:zz,__proto__:{polluted:1}}}}}}(1));'));
    expect(p).toEqual({ x: undefined });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('returns null on garbage, truncation and hostile input instead of throwing', () => {
    for (const src of ['', 'window.__NUXT__=', 'window.__NUXT__=(function(a){return {state:', 'window.__NUXT__=(function(a){while(1){}})', 'window.__NUXT__=(function(a){return {a:`x`}}(1))', `window.__NUXT__=${'('.repeat(5000)}`]) {
      expect(() => parseNuxtState(src)).not.toThrow();
    }
    expect(parseNuxtState('window.__NUXT__=(function(a){return {state:')).toBeNull();
  });
});

describe('Upwork 2016 flProfile literal', () => {
  it('finds the marked object among other assignments, quoted or not', () => {
    const src = `var a = {"x":1}; var pageData = {pageId:"flProfile",profile:{identity:{ciphertext:"~01zz"},stats:{totalHours:3}}};`;
    expect(readFromScript(src)).toEqual({ identity: { ciphertext: '~01zz' }, stats: { totalHours: 3 } });
    expect(readFromScript('var x = {"page":{"pageId":"flProfile","profile":{"stats":{"a":1}}}}')).toEqual({ stats: { a: 1 } });
    expect(readFromScript('var x = {pageId:"other"}')).toBeNull();
  });
});
