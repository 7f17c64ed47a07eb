import { describe, expect, it } from 'vitest';
import { chineseScript, detectLanguage } from '@/lib/triage/detect-language';

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    ['en', 'My order arrived yesterday but the lid was cracked, can you send a replacement?'],
    ['es', '¿Cuánto cuesta el envío a Guadalajara? Quiero pedir tres cajas.'],
    ['pt', 'Meu pedido chegou errado, pedi o tamanho M e veio G. Como faço a troca?'],
    ['fr', 'Bonjour, je n’arrive plus à me connecter à mon compte depuis hier soir.'],
    ['de', 'Hallo, seit dem letzten Update stürzt die App beim Öffnen immer ab.'],
    ['ro', 'Bună ziua, comanda mea nu a ajuns încă, puteți verifica vă rog?'],
    ['ja', '注文した商品がまだ届いていません。確認していただけますか。'],
    ['zh-Hant', '請問你們的會員點數可以轉讓給家人嗎？謝謝'],
    ['zh-Hans', '请问你们的会员积分可以转给家人吗？谢谢'],
  ];
  it.each(cases)('detects %s', (lang, text) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it('tells Traditional from Simplified Chinese by characters found in only one script', () => {
    expect(chineseScript('這個問題還沒解決').script).toBe('zh-Hant');
    expect(chineseScript('这个问题还没解决').script).toBe('zh-Hans');
  });

  it('calls kana-bearing text Japanese even when kanji dominate', () => {
    expect(detectLanguage('東京都港区配送遅延発生中です').language).toBe('ja');
  });

  it('returns und when there are no letters', () => {
    expect(detectLanguage('👍👍 !!!').language).toBe('und');
  });
});
