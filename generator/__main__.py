import sys

from generator.generate import main

sys.exit(main())
