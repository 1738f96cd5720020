import { describe, expect, it } from '@jest/globals';
import { destinationAfterSignIn, isPathOf } from './role-home';

describe('destinationAfterSignIn', () => {
  it("returns to the page asked for when it is the role's own", () => {
    expect(destinationAfterSignIn('coordinator', '/coordinator/smes?status=enrolled')).toBe('/coordinator/smes?status=enrolled');
    expect(destinationAfterSignIn('tutor', '/tutor')).toBe('/tutor');
  });

  it("goes to the role's home when the page asked for is another role's, or none", () => {
    expect(destinationAfterSignIn('tutor', '/coordinator/flags')).toBe('/tutor');
    expect(destinationAfterSignIn('sme', undefined)).toBe('/sme');
  });

  it('does not take a look-alike path for the home', () => {
    expect(isPathOf('sme', '/smes')).toBe(false);
    expect(isPathOf('coordinator', '/coordinatorx')).toBe(false);
  });
});
