import { describe, expect, it } from 'vitest';
import { alternativesOf, matchesFaq } from './faq';

const faq = {
  category: 'FORM',
  question: '登记表要填哪些内容？',
  answer: '申请区域、牵头单位、主导产业……',
  alternatives: ['登记表怎么填', 'What is on the Form'],
};

describe('matchesFaq', () => {
  it('searches the question, the other wordings and the answer', () => {
    expect(matchesFaq(faq, '', '')).toBe(true);
    expect(matchesFaq(faq, '登记表', '')).toBe(true);
    expect(matchesFaq(faq, '牵头单位', '')).toBe(true);
    expect(matchesFaq(faq, 'form', '')).toBe(true);
    expect(matchesFaq(faq, '微纪录片', '')).toBe(false);
  });

  it('filters by category', () => {
    expect(matchesFaq(faq, '', 'FORM')).toBe(true);
    expect(matchesFaq(faq, '登记表', 'FILMS')).toBe(false);
  });
});

describe('alternativesOf', () => {
  it('takes one wording per line', () => {
    expect(alternativesOf(' a \n\nb\r\na\n')).toEqual(['a', 'b']);
  });
});
