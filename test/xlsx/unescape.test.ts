/** The hand-written entity decoder reads every text exactly as the regular expression it replaced. */
import { unescapeXml } from '../../src/xlsx/xml';
import { unescapeXml as referenceUnescape } from './reference/xml-v1';

describe('unescapeXml = the regular-expression decoder it replaced', () => {
  it.each([
    '', 'plain', 'Sarana &amp; Prasarana', '&lt;Kantor&gt; &quot;x&quot; &apos;y&apos;', '&#x2013; &#8220;PMKS&#8221;', '&#X41; &#x; &#; &; & ;',
    '&amp', 'a & b & c', '&&amp;', '&amp;amp;', '&#38;amp;', '&#x110000; &#x10FFFF; &#1114112; &#0; &#xD800;', '&#99999999999999999999999;',
    '&#x0000041;', '&unknown; &AMP; &Amp;', '&#12a; &#x1g; &a1;', 'line\r\nnext\rlast\n', '&#13;&#10; &#xd;', 'tail &', '&#x41', '💡 &#x1F4A1;',
  ])('%j', (text) => {
    expect(unescapeXml(text)).toBe(referenceUnescape(text));
  });

  it('random texts over the characters entities are made of', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    const alphabet = ['&', '#', 'x', 'X', ';', 'a', 'm', 'p', 'l', 't', 'g', 'q', 'u', 'o', '0', '1', '9', 'f', 'F', '\r', '\n', ' ', 'amp', '&#', '&#x'];
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const len = Math.floor(next() * 16);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect([s, unescapeXml(s)]).toEqual([s, referenceUnescape(s)]);
    }
  });
});
