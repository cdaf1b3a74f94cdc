package no.kommune.housingfirst.firstrent.web;

import java.time.Clock;
import java.time.LocalDate;

import no.kommune.housingfirst.housing.Deposit;
import no.kommune.housingfirst.housing.MeetingTask;
import no.kommune.housingfirst.firstrent.EstablishmentGrant;
import no.kommune.housingfirst.firstrent.FirstRentQueue;
import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.firstrent.RentPayer;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * NAV's first-rent queue and its confirmation form. NAV reaches nothing else of a
 * participant: the route policy keeps NAV out of every participant page.
 */
@Controller
@RequestMapping("/nav/first-rent")
class FirstRentController {

	/**
	 * 100 000 kroner (in øre): a first rent is never more; a typo with extra digits is
	 * caught.
	 */
	private static final long MAX_ORE = 10_000_000L;

	private final FirstRentQueue queue;

	private final Clock clock;

	FirstRentController(FirstRentQueue queue, Clock clock) {
		this.queue = queue;
		this.clock = clock;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		model.addAttribute("page", this.queue.open(user, FormInput.page(page, 100_000)));
		model.addAttribute("confirmed", this.queue.recentlyConfirmed(user));
		return "firstrent/queue";
	}

	@GetMapping("/{taskId:\\d+}")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId, Model model) {
		FirstRentQueue.Row task = this.queue.task(user, taskId);
		model.addAttribute("form", task.confirmed() ? ConfirmForm.from(task)
				: new ConfirmForm(RentPayer.NAV.name(), "", "", "", null, "", null));
		return view(task, model);
	}

	/** Corrects a confirmation already made; the history keeps what it said before. */
	@PostMapping("/{taskId:\\d+}/correction")
	String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId,
			@ModelAttribute("form") ConfirmForm form, BindingResult result,
			@RequestParam(name = "seen", defaultValue = "") String seen, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		FirstRentQueue.Row task = this.queue.task(user, taskId);
		// Who paid is as confirmed: whatever the request says, the stored payer decides
		// which
		// fields are read.
		ConfirmForm asConfirmed = new ConfirmForm((task.paidBy() == null) ? form.paidBy() : task.paidBy().name(),
				form.paidOn(), form.amount(), form.reference(), form.depositGuarantee(), form.grant(),
				form.rentDeductionSetUp());
		FirstRentQueue.Confirmation confirmation = asConfirmed.confirmation(result, LocalDate.now(this.clock));
		if (confirmation != null && no.kommune.housingfirst.shared.web.FormSave.attempt(result, response,
				() -> this.queue.correct(user, taskId, confirmation, seen))) {
			redirect.addFlashAttribute("message", "firstrent.corrected");
			return "redirect:/nav/first-rent/" + taskId;
		}
		return view(task, model);
	}

	@PostMapping("/{taskId:\\d+}")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId,
			@ModelAttribute("form") ConfirmForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		FirstRentQueue.Confirmation confirmation = form.confirmation(result, LocalDate.now(this.clock));
		if (confirmation != null) {
			try {
				this.queue.confirm(user, taskId, confirmation);
				redirect.addFlashAttribute("message", "firstrent.confirmed");
				return "redirect:/nav/first-rent";
			}
			catch (BrokenRuleException ex) {
				result.reject(ex.messageKey());
			}
		}
		return view(this.queue.task(user, taskId), model);
	}

	private String view(FirstRentQueue.Row task, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("payers", RentPayer.values());
		model.addAttribute("grants", EstablishmentGrant.values());
		model.addAttribute("navGuarantee", task.deposit() == Deposit.NAV_GUARANTEE);
		model.addAttribute("meetingTasks", this.queue.meetingTasks(task));
		model.addAttribute("corrections", task.confirmed() ? this.queue.corrections(task.id()) : java.util.List.of());
		return "firstrent/form";
	}

	/** NAV ticks off one of its own tasks from the allocation meeting. */
	@PostMapping("/{taskId:\\d+}/meeting-tasks/{task}")
	String tickMeetingTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId,
			@PathVariable String task, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		MeetingTask which = java.util.Arrays.stream(MeetingTask.values())
			.filter((t) -> t.name().equals(task))
			.findFirst()
			.orElseThrow(() -> new no.kommune.housingfirst.shared.NotFoundException("meeting task " + task));
		if (no.kommune.housingfirst.shared.web.FormSave.attempt(redirect,
				() -> this.queue.tickMeetingTask(user, taskId, which))) {
			redirect.addFlashAttribute("message", "housing.meeting.taskDone");
		}
		return "redirect:/nav/first-rent/" + taskId;
	}

	/** NAV's confirmation as typed; only these fields are ever read from the request. */
	record ConfirmForm(String paidBy, String paidOn, String amount, String reference, String depositGuarantee,
			String grant, String rentDeductionSetUp) {

		/** A confirmation as it stands, for correcting it. */
		static ConfirmForm from(FirstRentQueue.Row t) {
			return new ConfirmForm(t.paidBy().name(), (t.paidOn() == null) ? "" : t.paidOn().toString(),
					(t.amountKroner() == null) ? "" : t.amountKroner().toPlainString().replace('.', ','),
					(t.reference() == null) ? "" : t.reference(),
					String.valueOf(Boolean.TRUE.equals(t.depositGuarantee())),
					(t.grant() == null) ? "" : t.grant().name(),
					String.valueOf(Boolean.TRUE.equals(t.rentDeductionSetUp())));
		}

		FirstRentQueue.Confirmation confirmation(Errors errors, LocalDate today) {
			FormInput in = new FormInput(errors);
			RentPayer payer = in.choice("paidBy", this.paidBy, RentPayer.class, true);
			LocalDate on = null;
			Long ore = null;
			String ref = null;
			if (payer == RentPayer.NAV) {
				on = in.date("paidOn", this.paidOn, true);
				if (on != null && on.isAfter(today)) {
					in.reject("paidOn", "validation.notInFuture");
				}
				ore = in.amountInOre("amount", this.amount, true, MAX_ORE);
				ref = in.text("reference", this.reference, true, 100);
			}
			EstablishmentGrant decision = in.choice("grant", this.grant, EstablishmentGrant.class, true);
			return errors.hasErrors() ? null : new FirstRentQueue.Confirmation(payer, on, ore, ref,
					FormInput.checked(this.depositGuarantee), decision, FormInput.checked(this.rentDeductionSetUp));
		}

	}

}
