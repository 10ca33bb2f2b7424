/**
 * Long computations written as generators that yield between steps (eventColumnsInSteps,
 * measureInSteps), run either at once or a step per task. A step of 100,000 events takes some
 * tens of milliseconds, so, run a step per task, a million events never freeze the page.
 */

/** Runs the steps one after another, at once. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
