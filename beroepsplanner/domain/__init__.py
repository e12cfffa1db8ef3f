"""Pure domain objects and rules: no Qt, no database session."""
