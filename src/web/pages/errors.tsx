import { Layout, type PageContext } from './layout.js';

export function ErrorPage({
  page,
  title,
  message,
}: {
  page: PageContext;
  title: string;
  message: string;
}) {
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href={page.session ? '/cases' : '/'}>
          {page.session ? page.m.cases.back : page.m.errors.home}
        </a>
      </p>
    </Layout>
  );
}
