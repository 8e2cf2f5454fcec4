import { getCollection } from 'astro:content';
import { parityProblems } from './guide';

/**
 * All guide pages, checked for translation parity. A page without its counterpart fails the
 * build here, with a message that names the page.
 */
export async function getGuide() {
  const entries = await getCollection('guide');
  const problems = parityProblems(entries);
  if (problems.length > 0) {
    throw new Error(`The guide's languages are out of step:\n- ${problems.join('\n- ')}`);
  }
  return entries;
}
