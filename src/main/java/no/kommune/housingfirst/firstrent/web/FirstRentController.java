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
		model.addAttribute("form", new ConfirmForm(RentPayer.NAV.name(), "", "", "", null, "", null));
		return view(this.queue.task(user, taskId), model);
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
