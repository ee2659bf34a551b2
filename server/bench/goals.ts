// Issue 16's table: every figure the full `pnpm bench` measures, next to its goal, printed once at
// the end of the run so that one run answers "which goals are met on this machine".

interface Goal {
  figure: string;
  measured: string;
  goal: string;
  met: boolean | null;
}

const goals: Goal[] = [];

/** Records one figure; `met` is null when the figure could not be measured (then `measured` says why). */
export function recordGoal(figure: string, measured: string, goal: string, met: boolean | null) {
  goals.push({ figure, measured, goal, met });
}

export function printGoals() {
  if (goals.length === 0) return;
  console.log('\n## Figures against their goals (issue 16)\n');
  console.log('| figure | measured | goal | met |');
  console.log('| --- | --- | --- | --- |');
  for (const g of goals) console.log(`| ${g.figure} | ${g.measured} | ${g.goal} | ${g.met === null ? '—' : g.met ? 'yes' : 'no'} |`);
}
