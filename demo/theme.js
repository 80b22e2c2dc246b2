// The demo's light/dark switch: the page changes its own colour scheme, and the elements,
// canvases included, follow without being told (they observe <html>'s class).
const button = document.createElement('button');
button.type = 'button';
button.className = 'theme-switch';
const label = () => (document.documentElement.classList.contains('dark') ? 'Light page' : 'Dark page');
button.textContent = label();
button.addEventListener('click', () => {
  document.documentElement.classList.toggle('dark');
  button.textContent = label();
});
document.querySelector('.demo-nav')?.append(button);
