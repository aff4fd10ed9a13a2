import { describe, expect, it } from 'vitest';
import { verdict } from './report';

describe('verdict', () => {
  it('passes a figure at or above its bar and fails one below', () => {
    expect(verdict({ hits: 9, total: 10, value: 0.9 }, 0.9)).toBe('pass');
    expect(verdict({ hits: 8, total: 10, value: 0.8 }, 0.9)).toBe('FAIL');
  });

  it('gives no verdict without a bar or without anything measured', () => {
    expect(verdict({ hits: 1, total: 2, value: 0.5 }, undefined)).toBe('');
    expect(verdict({ hits: 0, total: 0, value: null }, 0.9)).toBe('');
  });
});
