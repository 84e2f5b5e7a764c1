// Live progress on a binder's page: a progressive enhancement served from our own origin (the
// CSP allows no inline script). Without JavaScript the page refreshes itself (a meta refresh in
// <noscript>); with it, this asks the server for the progress every second and updates the bar,
// announcing the text at most every 10% so a screen reader is not flooded, and reloads the page
// when the binder is ready or has failed.
(() => {
  const box = document.querySelector('[data-progress-url]');
  if (!box || typeof window.fetch !== 'function') {
    return;
  }
  const url = box.getAttribute('data-progress-url');
  const bar = document.getElementById('binder-progress');
  const text = document.getElementById('binder-progress-text');
  const refresh = box.querySelector('.binder-refresh');
  if (refresh) {
    // The automatic refresh is for pages without JavaScript; here the script does it.
    refresh.hidden = true;
  }
  let announced = -1;
  const later = (ms) => {
    window.setTimeout(tick, ms);
  };
  async function tick() {
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
      });
      if (!response.ok) {
        later(5000);
        return;
      }
      const data = await response.json();
      if (data.status === 'done' || data.status === 'failed') {
        window.location.reload();
        return;
      }
      if (bar) {
        bar.value = data.percent;
        bar.textContent = `${data.percent}%`;
      }
      if (text && Math.floor(data.percent / 10) !== Math.floor(announced / 10)) {
        text.textContent = data.text;
        announced = data.percent;
      }
      later(1000);
    } catch {
      later(5000);
    }
  }
  later(1000);
})();
