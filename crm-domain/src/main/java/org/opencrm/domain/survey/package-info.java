/** Surveys: what customers say about the relationship (satisfaction, recommendation, trust, ...), and the NPS. */
package org.opencrm.domain.survey;
