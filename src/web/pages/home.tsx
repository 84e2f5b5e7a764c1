import { Notice } from './form.js';
import { Layout, type PageContext } from './layout.js';

export function HomePage({ page, notice }: { page: PageContext; notice?: string | undefined }) {
  const { m } = page;
  return (
    <Layout page={page} title={m.home.title}>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{m.home.title}</h1>
      <p class="lead">{m.home.intro}</p>
      <h2>{m.home.whatYouCanDo}</h2>
      <ul>
        <li>{m.home.point1}</li>
        <li>{m.home.point2}</li>
        <li>{m.home.point3}</li>
      </ul>
      <div class="actions">
        {page.session ? (
          <a href="/cases" class="button">
            {m.home.goToCases}
          </a>
        ) : (
          <>
            <a href="/signup" class="button">
              {m.home.start}
            </a>
            <span>
              {m.home.haveAccount} <a href="/login">{m.layout.logIn}</a>
            </span>
          </>
        )}
      </div>
      <section aria-labelledby="choose-title">
        <h2 id="choose-title">{m.choose.homeTitle}</h2>
        <p>{m.choose.homeIntro}</p>
        <p>
          <a href="/choose">{m.choose.title}</a>
        </p>
        <p>
          <a href="/choose/compare">{m.choose.compareLink}</a>
        </p>
      </section>
      <section aria-labelledby="guide-title">
        <h2 id="guide-title">{m.guide.home.title}</h2>
        <p>{m.guide.home.intro}</p>
        <p>
          <a href="/guide">{m.guide.home.link}</a>
        </p>
      </section>
    </Layout>
  );
}
