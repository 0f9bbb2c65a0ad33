export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Backprop Lab</h1>
      </header>
      <main className="app-views">
        <section aria-label="Decision boundary" className="view view-boundary" />
        <section aria-label="Cost" className="view view-cost" />
        <section aria-label="Network" className="view view-network" />
      </main>
    </div>
  );
}
