import { describe, expect, it, vi } from 'vitest';
import { Fragment as DomFragment, jsx } from '../../../../src/content/panel/dom-jsx-runtime';
import { renderStatic } from '../../../../src/content/panel/static-render';

const box = () => {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
};

describe('renderStatic (the panel body without Preact)', () => {
  it('draws elements, text, numbers, arrays, fragments and function components; skips null and booleans', () => {
    const Item = ({ label }: { label: string }) => <li class="item">{label}</li>;
    const el = box();
    renderStatic(
      <ul id="list" data-count={2} aria-hidden={false} hidden={true}>
        {['a', 'b'].map((x) => (
          <Item key={x} label={x} />
        ))}
        <>
          {3}
          {null}
          {false}
          {' and more'}
        </>
      </ul>,
      el,
    );
    expect(el.innerHTML).toBe('<ul id="list" data-count="2" hidden=""><li class="item">a</li><li class="item">b</li>3 and more</ul>');
  });

  it('draws the content scripts\' runtime elements too (its own Fragment)', () => {
    const el = box();
    renderStatic(jsx('p', { className: 'x', children: [jsx(DomFragment, { children: ['one', jsx('b', { children: 'two' })] })] }), el);
    expect(el.innerHTML).toBe('<p class="x">one<b>two</b></p>');
  });

  it('attaches handlers from functions only and never writes markup or inline script', () => {
    const onClick = vi.fn();
    const el = box();
    const props = { onClick, onclick: 'window.__pwned=1', onMouseOver: 'window.__pwned=2', dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' }, style: { color: 'red' } };
    renderStatic(<button type="button" {...(props as object)}>{'<script>window.__pwned=3</script>'}</button>, el, () => true);
    const button = el.querySelector('button')!;
    expect(button.getAttributeNames()).toEqual(['type']);
    expect(button.querySelector('*')).toBeNull();
    expect(button.textContent).toBe('<script>window.__pwned=3</script>');
    button.click();
    expect(onClick).toHaveBeenCalledOnce();
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('by default runs handlers for real user input only: a script-made click does nothing', () => {
    const onClick = vi.fn();
    const el = box();
    renderStatic(<button type="button" onClick={onClick}>go</button>, el);
    const button = el.querySelector('button')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onClick).not.toHaveBeenCalled();
  });

  it('replaces what was drawn before, and keeps focus only on an element of the same kind in the same place', () => {
    const el = box();
    const root = el.getRootNode() as ShadowRoot;
    renderStatic(<div><button class="first">1</button><button class="second">2</button></div>, el);
    el.querySelector<HTMLButtonElement>('.second')!.focus();
    renderStatic(<div><button class="first">1</button><button class="other">2</button></div>, el);
    expect(el.querySelectorAll('button')).toHaveLength(2);
    expect(root.activeElement?.className).toBe('other');
    // A different element in that place: focus is not moved onto it.
    renderStatic(<div><button class="first">1</button><a href="https://example.org/">link</a></div>, el);
    expect(root.activeElement).toBeNull();
  });
});
