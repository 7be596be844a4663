"""Target tables: the model, the value grammar, loading, importing published text, and checks."""
