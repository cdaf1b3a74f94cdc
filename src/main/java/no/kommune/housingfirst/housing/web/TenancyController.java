package no.kommune.housingfirst.housing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.housing.AllocationRelease;
import no.kommune.housingfirst.housing.TenancyView;
import no.kommune.housingfirst.housing.HousingStepPage;
import no.kommune.housingfirst.housing.AllocationView;
import no.kommune.housingfirst.housing.Deposit;
import no.kommune.housingfirst.housing.HousingTenancies;
import no.kommune.housingfirst.housing.LeaseTerm;
import no.kommune.housingfirst.housing.LeaseTerms;
import no.kommune.housingfirst.housing.MeetingTask;
import no.kommune.housingfirst.housing.Party;
import no.kommune.housingfirst.housing.TaskAssignment;
import no.kommune.housingfirst.housing.TenancyEnd;
import no.kommune.housingfirst.housing.TenancyKind;
import no.kommune.housingfirst.housing.web.HousingForms.EndForm;
import no.kommune.housingfirst.housing.web.HousingForms.LeaseForm;
import no.kommune.housingfirst.housing.web.HousingForms.MeetingForm;
import no.kommune.housingfirst.housing.web.HousingForms.MoveInForm;
import no.kommune.housingfirst.housing.web.HousingForms.PlanForm;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * From allocation to a home and out of it: the allocation meeting, the lease or purchase,
 * the move-in, the end of a tenancy. Each is a page of its own with the participant's
 * header, so a phone shows one thing at a time and a wrong field is marked where it is.
 */
@Controller
@RequestMapping("/participants/{id:\\d+}/housing")
class TenancyController {

	private final HousingTenancies tenancies;

	private final ParticipantService participants;

	private final Clock clock;

	TenancyController(HousingTenancies tenancies, ParticipantService participants, Clock clock) {
		this.tenancies = tenancies;
		this.participants = participants;
		this.clock = clock;
	}

	@GetMapping("/allocations/{allocationId:\\d+}/meeting")
	String meetingForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long allocationId, Model model) {
		AllocationView allocation = page(user, id, allocationId, model);
		model.addAttribute("form", MeetingForm.from(allocation));
		model.addAttribute("assignments", allocation.assignments());
		return "housing/meeting";
	}

	@PostMapping("/allocations/{allocationId:\\d+}/meeting")
	String recordMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long allocationId, @ModelAttribute("form") MeetingForm form, BindingResult result,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		HousingTenancies.Meeting meeting = form.meeting(result, params, today());
		if (meeting != null) {
			if (FormSave.attempt(result, response, () -> this.tenancies.recordMeeting(user, id, allocationId,
					FormInput.version(form.version()), meeting))) {
				redirect.addFlashAttribute("message", "housing.meeting.saved");
				return back(id);
			}
		}
		page(user, id, allocationId, model);
		Map<MeetingTask, TaskAssignment> typed = MeetingForm.tasks(params);
		model.addAttribute("assignments", (typed != null) ? typed : Map.of());
		return "housing/meeting";
	}

	@GetMapping("/allocations/{allocationId:\\d+}/meeting/plan")
	String planForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long allocationId,
			Model model) {
		AllocationView allocation = page(user, id, allocationId, model);
		java.time.LocalDateTime at = allocation.meetingPlannedAt();
		model.addAttribute("form", new PlanForm((at == null) ? "" : at.toLocalDate().toString(),
				(at == null) ? "" : at.toLocalTime().toString(), String.valueOf(allocation.version())));
		return "housing/meeting-plan";
	}

	/**
	 * Books the meeting ahead; it shows on the list of meetings to hold with its time.
	 */
	@PostMapping("/allocations/{allocationId:\\d+}/meeting/plan")
	String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long allocationId,
			@ModelAttribute("form") PlanForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		java.time.LocalDateTime at = form.at(result, today());
		if (at != null && FormSave.attempt(result, response,
				() -> this.tenancies.planMeeting(user, id, allocationId, FormInput.version(form.version()), at))) {
			redirect.addFlashAttribute("message", "housing.meeting.planned");
			return back(id);
		}
		page(user, id, allocationId, model);
		return "housing/meeting-plan";
	}

	/** A party ticks off its own task of the meeting from the Bolig page. */
	@PostMapping("/allocations/{allocationId:\\d+}/tasks/{task}/done")
	String tickTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long allocationId,
			@PathVariable String task, RedirectAttributes redirect) {
		MeetingTask which = java.util.Arrays.stream(MeetingTask.values())
			.filter((t) -> t.name().equals(task))
			.findFirst()
			.orElseThrow(() -> new no.kommune.housingfirst.shared.NotFoundException("meeting task " + task));
		if (FormSave.attempt(redirect, () -> this.tenancies.tickTask(user, id, allocationId, which))) {
			redirect.addFlashAttribute("message", "housing.meeting.taskDone");
		}
		return back(id);
	}

	/**
	 * The allocation did not become a home: released with a reason, so the unit goes back
	 * and a new offer can be made. Answered on the Bolig tab.
	 */
	@PostMapping("/allocations/{allocationId:\\d+}/release")
	String release(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long allocationId,
			@RequestParam(name = "reason", defaultValue = "") String reason,
			@RequestParam(name = "version", defaultValue = "") String version, RedirectAttributes redirect) {
		AllocationRelease why = java.util.Arrays.stream(AllocationRelease.values())
			.filter((r) -> r.name().equals(reason.strip()))
			.findFirst()
			.orElse(null);
		if (FormSave.attempt(redirect,
				() -> this.tenancies.release(user, id, allocationId, FormInput.version(version), today(), why))) {
			redirect.addFlashAttribute("message", "housing.allocation.releasedMessage");
		}
		return back(id);
	}

	@GetMapping("/allocations/{allocationId:\\d+}/tenancy")
	String leaseForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long allocationId,
			Model model) {
		HousingStepPage page = this.tenancies.allocationPage(user, id, allocationId);
		show(page, model);
		model.addAttribute("form", new LeaseForm(TenancyKind.LEASE.name(), "", LeaseTerm.FIVE_YEARS.name(), "",
				String.valueOf(page.monthlyRentKroner()), page.landlord(), Deposit.NAV_GUARANTEE.name(), null));
		return leaseView(model);
	}

	@PostMapping("/allocations/{allocationId:\\d+}/tenancy")
	String sign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long allocationId,
			@ModelAttribute("form") LeaseForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		LeaseTerms terms = form.terms(result);
		if (terms != null) {
			if (FormSave.attempt(result, response, () -> this.tenancies.sign(user, id, allocationId, terms))) {
				redirect.addFlashAttribute("message",
						(terms.kind() == TenancyKind.LEASE) ? "housing.tenancy.signed" : "housing.tenancy.purchased");
				return back(id);
			}
		}
		page(user, id, allocationId, model);
		return leaseView(model);
	}

	@GetMapping("/tenancies/{tenancyId:\\d+}/lease")
	String leaseCorrectionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long tenancyId, Model model) {
		TenancyView t = tenancyPage(user, id, tenancyId, model);
		model.addAttribute("form",
				new LeaseForm(TenancyKind.LEASE.name(), String.valueOf(t.startsOn()),
						(t.term() == null) ? "" : t.term().name(), (t.endsOn() == null) ? "" : t.endsOn().toString(),
						(t.monthlyRentKroner() == null) ? "" : String.valueOf(t.monthlyRentKroner()), t.landlord(),
						(t.deposit() == null) ? "" : t.deposit().name(), String.valueOf(t.rentDeduction())));
		model.addAttribute("version", t.version());
		return leaseCorrectionView(model);
	}

	/** Corrects the lease: every changed field is kept in its history. */
	@PostMapping("/tenancies/{tenancyId:\\d+}/lease")
	String correctLease(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long tenancyId,
			@ModelAttribute("form") LeaseForm form, BindingResult result,
			@RequestParam(name = "version", defaultValue = "") String version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		LeaseTerms terms = form.terms(result);
		if (terms != null && FormSave.attempt(result, response,
				() -> this.tenancies.correctLease(user, id, tenancyId, FormInput.version(version), terms))) {
			redirect.addFlashAttribute("message", "housing.tenancy.corrected");
			return back(id);
		}
		tenancyPage(user, id, tenancyId, model);
		model.addAttribute("version", version);
		return leaseCorrectionView(model);
	}

	private String leaseCorrectionView(Model model) {
		model.addAttribute("terms", LeaseTerm.values());
		return "housing/lease-correct";
	}

	@GetMapping("/tenancies/{tenancyId:\\d+}/move-in")
	String moveInForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long tenancyId,
			Model model) {
		TenancyView tenancy = tenancyPage(user, id, tenancyId, model);
		model.addAttribute("form", new MoveInForm("", "", String.valueOf(tenancy.version())));
		return "housing/move-in";
	}

	@PostMapping("/tenancies/{tenancyId:\\d+}/move-in")
	String moveIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long tenancyId,
			@ModelAttribute("form") MoveInForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		LocalDate[] dates = form.dates(result, today());
		if (dates != null) {
			if (FormSave.attempt(result, response, () -> this.tenancies.moveIn(user, id, tenancyId,
					FormInput.version(form.version()), dates[0], dates[1]))) {
				redirect.addFlashAttribute("message", "housing.tenancy.movedInMessage");
				return back(id);
			}
		}
		tenancyPage(user, id, tenancyId, model);
		return "housing/move-in";
	}

	@GetMapping("/tenancies/{tenancyId:\\d+}/end")
	String endForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long tenancyId,
			Model model) {
		TenancyView tenancy = tenancyPage(user, id, tenancyId, model);
		model.addAttribute("form", new EndForm("", "", null, "", "", "", "", String.valueOf(tenancy.version())));
		return endView(model);
	}

	@PostMapping("/tenancies/{tenancyId:\\d+}/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long tenancyId,
			@ModelAttribute("form") EndForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		HousingTenancies.TenancyEnding ending = form.ending(result, today());
		if (ending != null) {
			if (FormSave.attempt(result, response,
					() -> this.tenancies.end(user, id, tenancyId, FormInput.version(form.version()), ending))) {
				redirect.addFlashAttribute("message", (ending.exitReason() == null) ? "housing.tenancy.endedRehousing"
						: "housing.tenancy.endedWithExit");
				return back(id);
			}
		}
		tenancyPage(user, id, tenancyId, model);
		return endView(model);
	}

	/**
	 * One call for the whole page: the header (an audited read; 404 if not visible, 403
	 * if not writable), the allocation and its unit.
	 */
	private AllocationView page(CurrentUser user, long id, long allocationId, Model model) {
		HousingStepPage page = this.tenancies.allocationPage(user, id, allocationId);
		show(page, model);
		return page.allocation();
	}

	private TenancyView tenancyPage(CurrentUser user, long id, long tenancyId, Model model) {
		HousingStepPage page = this.tenancies.tenancyPage(user, id, tenancyId);
		show(page, model);
		return page.tenancy();
	}

	private static void show(HousingStepPage page, Model model) {
		model.addAttribute("header", page.forHousingService() ? page.caseHeader() : page.header());
		model.addAttribute("housingService", page.forHousingService());
		model.addAttribute("allocation", page.allocation());
		model.addAttribute("tenancy", page.tenancy());
		model.addAttribute("address", page.address());
	}

	private String leaseView(Model model) {
		model.addAttribute("kinds", TenancyKind.values());
		model.addAttribute("terms", LeaseTerm.values());
		model.addAttribute("deposits", Deposit.values());
		return "housing/tenancy";
	}

	private String endView(Model model) {
		model.addAttribute("reasons", TenancyEnd.values());
		model.addAttribute("exitReasons", ExitReason.values());
		model.addAttribute("stays", no.kommune.housingfirst.participant.CurrentStay.values());
		return "housing/tenancy-end";
	}

	@ModelAttribute("tasks")
	MeetingTask[] tasks() {
		return MeetingTask.values();
	}

	@ModelAttribute("parties")
	Party[] parties() {
		return Party.values();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static String back(long id) {
		return "redirect:/participants/" + id + "/housing";
	}

}
