/** The relationship half of the seeds: relationship quality and the 6I scorecard, from what was said and done. */
package org.opencrm.domain.relationship;
