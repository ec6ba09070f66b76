from dischargeplanner.cli import main

raise SystemExit(main())
