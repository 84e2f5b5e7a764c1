import { type ActionPlan, actionPlansInOrder } from '../../domain/guide/index.js';
import { actionPlanPath } from '../routes/guide.schema.js';
import {
  GuideBackLink,
  type GuideLinkContext,
  GuideMore,
  Linked,
  ToolLinks,
  termLinker,
  WordsToKnow,
} from './guide-parts.js';
import { Layout, type PageContext } from './layout.js';
import { Citations } from './path-comparison.js';

// Action plans (/guide/action-plans): "if this happens, then do this", one page per plan, each
// step with the law behind it and links that open the matching letter, chooser or deadline.

export function GuideActionPlansPage({ page }: { page: PageContext }) {
  const { m, locale } = page;
  const g = m.guide.actionPlans;
  const linker = termLinker(locale);
  return (
    <Layout page={page} title={g.title}>
      <GuideBackLink href="/guide" label={m.guide.more.guide} />
      <h1>{g.title}</h1>
      <p class="lead">{g.intro}</p>
      <ul class="plan-list">
        {actionPlansInOrder().map((plan) => (
          <li>
            <a href={actionPlanPath(plan.id)} class="plan-link">
              {plan.title[locale]}
            </a>
            <p>
              <Linked linker={linker} text={plan.trigger[locale]} />
            </p>
          </li>
        ))}
      </ul>
      <WordsToKnow linker={linker} m={m} />
      <GuideMore m={m} />
    </Layout>
  );
}

export function GuideActionPlanPage({
  page,
  plan,
  ctx,
}: {
  page: PageContext;
  plan: ActionPlan;
  ctx: GuideLinkContext;
}) {
  const { m, locale } = page;
  const g = m.guide.actionPlans;
  const linker = termLinker(locale);
  return (
    <Layout page={page} title={plan.title[locale]}>
      <GuideBackLink href="/guide/action-plans" label={g.all} />
      <h1>{plan.title[locale]}</h1>
      <p class="lead">
        <Linked linker={linker} text={plan.trigger[locale]} />
      </p>
      <h2>{g.steps}</h2>
      <ol class="action-steps">
        {plan.steps.map((step) => (
          <li id={`step-${step.id}`}>
            <p class="action-step-text">
              <Linked linker={linker} text={step.text[locale]} />
            </p>
            <Citations citations={step.citations} m={m} />
            <ToolLinks links={step.links} m={m} locale={locale} ctx={ctx} />
          </li>
        ))}
      </ol>
      <WordsToKnow linker={linker} m={m} />
      <GuideMore m={m} />
    </Layout>
  );
}
