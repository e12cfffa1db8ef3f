from beroepsplanner.cli import main

raise SystemExit(main())
