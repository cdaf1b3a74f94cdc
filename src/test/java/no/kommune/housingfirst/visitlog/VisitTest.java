package no.kommune.housingfirst.visitlog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The visit's own rules: a visit without contact says why, one with contact does not;
 * "other" says it in a few words; a void is once only, says why, and freezes the visit.
 */
class VisitTest {

	static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	static final Instant NOW = Instant.parse("2026-03-12T09:30:00Z");

	@Test
	void aVisitWithoutContactSaysWhy() {
		assertRefused(() -> visit(VisitDetails.minimal(DAY, VisitKind.HOME_VISIT, false)), "noContactReason",
				"visitlog.rule.noContactReason.required");
		Visit visit = visit(VisitDetails.withoutContact(DAY, VisitKind.HOME_VISIT, NoContactReason.NOT_HOME, null));
		assertThat(visit.details().contact()).isFalse();
		assertThat(visit.details().noContactReason()).isEqualTo(NoContactReason.NOT_HOME);
		assertThat(visit.details().noContactText()).isNull();
	}

	@Test
	void aVisitWithContactHasNoReason() {
		assertRefused(() -> visit(details(true, NoContactReason.DECLINED, null)), "noContactReason",
				"visitlog.rule.noContactReason.withContact");
		assertRefused(() -> visit(details(true, null, "Sov")), "noContactText",
				"visitlog.rule.noContactText.onlyOther");
		assertThat(visit(VisitDetails.minimal(DAY, VisitKind.PHONE, true)).details().noContactReason()).isNull();
	}

	@Test
	void otherSaysItInAFewWordsAndOnlyOtherHasWords() {
		assertRefused(() -> visit(details(false, NoContactReason.OTHER, "  ")), "noContactText",
				"visitlog.rule.noContactText.required");
		assertRefused(() -> visit(details(false, NoContactReason.NOT_HOME, "Dørklokka virket ikke")), "noContactText",
				"visitlog.rule.noContactText.onlyOther");
		assertRefused(() -> visit(details(false, NoContactReason.OTHER, "x".repeat(201))), "noContactText",
				"validation.maxLength");
		Visit visit = visit(details(false, NoContactReason.OTHER, "  Hos søsteren sin i Bergen "));
		assertThat(visit.details().noContactText()).isEqualTo("Hos søsteren sin i Bergen");
		assertThat(visit(details(false, NoContactReason.OTHER, "x".repeat(200))).details().noContactText())
			.hasSize(200);
	}

	@Test
	void aCorrectionRecordsTheReasonAndKeepsTheRules() {
		Visit visit = visit(VisitDetails.withoutContact(DAY, VisitKind.HOME_VISIT, NoContactReason.NOT_HOME, null));
		assertThat(visit
			.correct(VisitDetails.withoutContact(DAY, VisitKind.HOME_VISIT, NoContactReason.OTHER, "Flyttet ut")))
			.containsExactly(new Visit.Change("noContactReason", "NOT_HOME", "OTHER"),
					new Visit.Change("noContactText", null, "Flyttet ut"));
		// A refused correction changes nothing.
		assertRefused(() -> visit.correct(VisitDetails.minimal(DAY.minusDays(1), VisitKind.PHONE, false)),
				"noContactReason", "visitlog.rule.noContactReason.required");
		assertThat(visit.details())
			.isEqualTo(VisitDetails.withoutContact(DAY, VisitKind.HOME_VISIT, NoContactReason.OTHER, "Flyttet ut"));
		// Contact after all: the reason goes.
		assertThat(visit.correct(VisitDetails.minimal(DAY, VisitKind.HOME_VISIT, true))).containsExactly(
				new Visit.Change("contact", "false", "true"), new Visit.Change("noContactReason", "OTHER", null),
				new Visit.Change("noContactText", "Flyttet ut", null));
	}

	@Test
	void aVoidSaysWhoWhenAndWhyAndHappensOnce() {
		Visit visit = visit(VisitDetails.minimal(DAY, VisitKind.HOME_VISIT, true));
		assertThat(visit.isVoided()).isFalse();
		visit.voidBy(9, VoidReason.WRONG_PARTICIPANT, "  Skulle vært ført på Per  ", NOW);
		assertThat(visit.isVoided()).isTrue();
		assertThat(visit.getVoidedBy()).isEqualTo(9L);
		assertThat(visit.getVoidedAt()).isEqualTo(NOW);
		assertThat(visit.getVoidReason()).isEqualTo(VoidReason.WRONG_PARTICIPANT);
		assertThat(visit.getVoidComment()).isEqualTo("Skulle vært ført på Per");
		// What was logged stays as it was.
		assertThat(visit.details()).isEqualTo(VisitDetails.minimal(DAY, VisitKind.HOME_VISIT, true));
		assertRefused(() -> visit.voidBy(10, VoidReason.DUPLICATE, null, NOW.plusSeconds(60)), null,
				"visitlog.rule.alreadyVoided");
		assertThat(visit.getVoidedBy()).isEqualTo(9L);
		assertThat(visit.getVoidReason()).isEqualTo(VoidReason.WRONG_PARTICIPANT);
	}

	@Test
	void aVoidNeedsAReasonAndOtherNeedsAComment() {
		Visit visit = visit(VisitDetails.minimal(DAY, VisitKind.HOME_VISIT, true));
		assertRefused(() -> visit.voidBy(9, null, "Feil", NOW), "reason", "validation.required");
		assertRefused(() -> visit.voidBy(9, VoidReason.OTHER, " ", NOW), "comment", "visitlog.void.comment.required");
		assertRefused(() -> visit.voidBy(9, VoidReason.DUPLICATE, "x".repeat(501), NOW), "comment",
				"validation.maxLength");
		assertThat(visit.isVoided()).isFalse();
		visit.voidBy(9, VoidReason.DUPLICATE, " ", NOW);
		assertThat(visit.getVoidComment()).isNull();
	}

	@Test
	void aVoidedVisitCannotBeCorrected() {
		Visit visit = visit(VisitDetails.minimal(DAY, VisitKind.HOME_VISIT, true));
		visit.voidBy(9, VoidReason.DUPLICATE, null, NOW);
		assertRefused(() -> visit.correct(VisitDetails.minimal(DAY, VisitKind.PHONE, true)), null,
				"visitlog.rule.voided");
		assertThat(visit.details().kind()).isEqualTo(VisitKind.HOME_VISIT);
	}

	private static Visit visit(VisitDetails details) {
		return new Visit(1, details, UUID.randomUUID(), 7);
	}

	private static VisitDetails details(boolean contact, NoContactReason reason, String text) {
		return new VisitDetails(DAY, VisitKind.HOME_VISIT, contact, reason, text, null, null, Set.of(), Set.of(), false,
				null);
	}

	private static void assertRefused(Runnable step, String field, String messageKey) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(VisitRuleException.class, (ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(messageKey);
		});
	}

}
