from beroepsplanner.cli.command import main

raise SystemExit(main())
