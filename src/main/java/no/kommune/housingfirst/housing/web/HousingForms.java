package no.kommune.housingfirst.housing.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.housing.AllocationView;
import no.kommune.housingfirst.housing.Deposit;
import no.kommune.housingfirst.housing.HousingTenancies;
import no.kommune.housingfirst.housing.HousingWish;
import no.kommune.housingfirst.housing.LeaseTerm;
import no.kommune.housingfirst.housing.LeaseTerms;
import no.kommune.housingfirst.housing.MeetingTask;
import no.kommune.housingfirst.housing.Party;
import no.kommune.housingfirst.housing.TaskAssignment;
import no.kommune.housingfirst.housing.TenancyEnd;
import no.kommune.housingfirst.housing.TenancyKind;
import no.kommune.housingfirst.participant.CurrentStay;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.Errors;

/**
 * The forms of a participant's way into a home, text as typed; each checks itself into
 * the value the service takes, with a message by every field that is wrong.
 */
final class HousingForms {

	private HousingForms() {
	}

	/** The participant's wishes: districts ticked, size, pets, anything else. */
	record WishForm(List<String> districts, String minRooms, String pets, String other) {

		static WishForm from(HousingWish.Wishes w) {
			return new WishForm(w.districts(), (w.minRooms() == null) ? "" : String.valueOf(w.minRooms()), w.pets(),
					w.other());
		}

		HousingWish.Wishes wishes(Errors errors, List<String> knownDistricts) {
			FormInput in = new FormInput(errors);
			List<String> places = (this.districts == null) ? List.of()
					: this.districts.stream().filter(knownDistricts::contains).distinct().toList();
			if (this.districts != null && places.size() != this.districts.stream().distinct().count()) {
				in.reject("districts", "validation.invalid");
			}
			Integer rooms = in.integer("minRooms", this.minRooms, false, 1, 10);
			String animals = in.text("pets", this.pets, false, 200);
			String rest = in.text("other", this.other, false, 2000);
			return errors.hasErrors() ? null : new HousingWish.Wishes(places, rooms, animals, rest);
		}

	}

	/** Booking the meeting ahead: a day and a time. */
	record PlanForm(String plannedOn, String plannedTime, String version) {

		java.time.LocalDateTime at(Errors errors, LocalDate today) {
			FormInput in = new FormInput(errors);
			LocalDate day = in.date("plannedOn", this.plannedOn, true);
			if (day != null && day.isBefore(today)) {
				in.reject("plannedOn", "housing.meeting.rule.plannedInPast");
			}
			java.time.LocalTime time = null;
			if (FormInput.isBlank(this.plannedTime)) {
				in.reject("plannedTime", "validation.required");
			}
			else {
				try {
					time = java.time.LocalTime.parse(this.plannedTime.strip());
				}
				catch (java.time.format.DateTimeParseException ex) {
					in.reject("plannedTime", "housing.meeting.rule.time");
				}
			}
			return errors.hasErrors() ? null : day.atTime(time);
		}

	}

	/**
	 * The allocation meeting; the tasks come as responsible-TASK and done-TASK fields.
	 */
	record MeetingForm(String heldOn, String housingService, String team, String nav, String participant,
			String minutes, String version) {

		static MeetingForm from(AllocationView a) {
			return new MeetingForm((a.meetingHeldOn() == null) ? "" : a.meetingHeldOn().toString(),
					String.valueOf(a.housingServiceAttended()), String.valueOf(a.teamAttended()),
					String.valueOf(a.navAttended()), String.valueOf(a.participantAttended()),
					(a.meetingMinutes() == null) ? "" : a.meetingMinutes(), String.valueOf(a.version()));
		}

		HousingTenancies.Meeting meeting(Errors errors, Map<String, String> params, LocalDate today) {
			FormInput in = new FormInput(errors);
			LocalDate held = in.date("heldOn", this.heldOn, true);
			if (held != null && held.isAfter(today)) {
				in.reject("heldOn", "validation.notInFuture");
			}
			boolean anyone = FormInput.checked(this.housingService) || FormInput.checked(this.team)
					|| FormInput.checked(this.nav);
			if (!anyone) {
				errors.reject("housing.meeting.rule.attendeesNeeded");
			}
			String notes = in.text("minutes", this.minutes, false, 4000);
			Map<MeetingTask, TaskAssignment> tasks = tasks(params);
			if (tasks == null) {
				errors.reject("validation.invalid");
			}
			else if (tasks.values().stream().anyMatch((t) -> t.done() && t.responsible() == null)) {
				errors.reject("housing.meeting.rule.doneNeedsResponsible");
			}
			return errors.hasErrors() ? null
					: new HousingTenancies.Meeting(held, FormInput.checked(this.housingService),
							FormInput.checked(this.team), FormInput.checked(this.nav),
							FormInput.checked(this.participant), notes, tasks);
		}

		/**
		 * Each task's responsible party and done mark; null when a value is not one of
		 * ours.
		 */
		static Map<MeetingTask, TaskAssignment> tasks(Map<String, String> params) {
			Map<MeetingTask, TaskAssignment> tasks = new EnumMap<>(MeetingTask.class);
			for (MeetingTask task : MeetingTask.values()) {
				String who = params.getOrDefault("responsible-" + task.name(), "");
				Party party;
				try {
					party = who.isBlank() ? null : Party.valueOf(who.strip());
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
				tasks.put(task, new TaskAssignment(party, FormInput.checked(params.get("done-" + task.name()))));
			}
			return tasks;
		}

	}

	/** A lease, or a purchase with startlån (then only the date counts). */
	record LeaseForm(String kind, String startsOn, String term, String endsOn, String monthlyRentKroner,
			String landlord, String deposit, String rentDeduction) {

		LeaseTerms terms(Errors errors) {
			FormInput in = new FormInput(errors);
			TenancyKind what = in.choice("kind", this.kind, TenancyKind.class, true);
			LocalDate start = in.date("startsOn", this.startsOn, true);
			if (what != TenancyKind.LEASE) {
				return errors.hasErrors() ? null : new LeaseTerms(what, start, null, null, null, null, null, false);
			}
			LeaseTerm length = in.choice("term", this.term, LeaseTerm.class, true);
			LocalDate end = in.date("endsOn", this.endsOn, length == LeaseTerm.OTHER);
			if (length == LeaseTerm.OTHER && start != null && end != null && !end.isAfter(start)) {
				in.reject("endsOn", "housing.tenancy.rule.endAfterStart");
			}
			Integer rent = in.integer("monthlyRentKroner", this.monthlyRentKroner, true, 0, 100_000);
			String owner = in.text("landlord", this.landlord, true, 200);
			Deposit cover = in.choice("deposit", this.deposit, Deposit.class, true);
			return errors.hasErrors() ? null
					: new LeaseTerms(what, start, length, (length == LeaseTerm.OTHER) ? end : null, rent, owner, cover,
							FormInput.checked(this.rentDeduction));
		}

	}

	/** Keys handed over and the first night there. */
	record MoveInForm(String keysOn, String firstNightOn, String version) {

		LocalDate[] dates(Errors errors, LocalDate today) {
			FormInput in = new FormInput(errors);
			LocalDate keys = in.date("keysOn", this.keysOn, true);
			LocalDate night = in.date("firstNightOn", this.firstNightOn, true);
			if (night != null && night.isAfter(today)) {
				in.reject("firstNightOn", "validation.notInFuture");
			}
			if (keys != null && night != null && night.isBefore(keys)) {
				in.reject("firstNightOn", "housing.tenancy.rule.firstNightBeforeKeys");
			}
			return errors.hasErrors() ? null : new LocalDate[] { keys, night };
		}

	}

	/** The end of a tenancy; with an exit reason when follow-up ends too. */
	record EndForm(String endedOn, String reason, String followUpEnds, String exitReason, String whatWentWrong,
			String stayAfter, String stayAfterOther, String version) {

		HousingTenancies.TenancyEnding ending(Errors errors, LocalDate today) {
			FormInput in = new FormInput(errors);
			LocalDate on = in.date("endedOn", this.endedOn, true);
			if (on != null && on.isAfter(today)) {
				in.reject("endedOn", "validation.notInFuture");
			}
			TenancyEnd why = in.choice("reason", this.reason, TenancyEnd.class, true);
			boolean ends = FormInput.checked(this.followUpEnds) || why == TenancyEnd.DECEASED;
			ExitReason exit = ends ? in.choice("exitReason", this.exitReason, ExitReason.class, true) : null;
			if (why == TenancyEnd.DECEASED && exit != null && exit != ExitReason.DECEASED) {
				in.reject("exitReason", "housing.tenancy.rule.deceasedEndsFollowUp");
			}
			String wrong = in.text("whatWentWrong", this.whatWentWrong, false, 2000);
			// Lost the home and follow-up goes on: where the person stays now is needed.
			boolean needsStay = why != null && why.losesTheHome() && !ends;
			CurrentStay stay = in.choice("stayAfter", this.stayAfter, CurrentStay.class, needsStay);
			String stayOther = (stay == CurrentStay.OTHER) ? in.text("stayAfterOther", this.stayAfterOther, true, 200)
					: null;
			return errors.hasErrors() ? null
					: new HousingTenancies.TenancyEnding(on, why, exit, wrong, stay, stayOther);
		}

	}

}
