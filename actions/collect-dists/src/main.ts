import * as core from '@actions/core';
import { hello } from '@pypi-release/dists';

core.setOutput('x', hello());
