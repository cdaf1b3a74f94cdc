package no.kommune.housingfirst.housing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.housing.AllocationRelease;
import no.kommune.housingfirst.housing.DeclineReason;
import no.kommune.housingfirst.housing.Districts;
import no.kommune.housingfirst.housing.HousingHistory;
import no.kommune.housingfirst.housing.HousingWish;
import no.kommune.housingfirst.housing.HousingOffer;
import no.kommune.housingfirst.housing.HousingOffers;
import no.kommune.housingfirst.housing.HousingTab;
import no.kommune.housingfirst.housing.HousingRuleException;
import no.kommune.housingfirst.housing.OfferedUnit;
import no.kommune.housingfirst.housing.web.HousingForms.WishForm;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** A participant's way into a home: the offers, the answers, the allocation. */
@Controller
@RequestMapping("/participants/{id:\\d+}/housing")
class ParticipantHousingController {

	private final HousingOffers offers;

	private final Districts districts;

	private final HousingHistory history;

	private final ParticipantService participants;

	private final Clock clock;

	ParticipantHousingController(HousingOffers offers, Districts districts, HousingHistory history,
			ParticipantService participants, Clock clock) {
		this.offers = offers;
		this.districts = districts;
		this.history = history;
		this.participants = participants;
		this.clock = clock;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "district", required = false) String district, Model model) {
		String place = (district == null) ? "" : FormInput.withoutControlCharacters(district).strip();
		HousingTab tab = this.history.tab(user, id, place);
		boolean housingService = tab.overview().forHousingService();
		model.addAttribute("header", housingService ? tab.overview().caseHeader() : tab.overview().header());
		model.addAttribute("housingService", housingService);
		model.addAttribute("overview", tab.overview());
		model.addAttribute("mayWrite", tab.mayWrite());
		model.addAttribute("district", place);
		model.addAttribute("districts", tab.districts());
		model.addAttribute("offerable", tab.offerable());
		model.addAttribute("tab", tab);
		model.addAttribute("reasons", DeclineReason.values());
		model.addAttribute("releaseReasons", AllocationRelease.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "housing/participant";
	}

	@GetMapping("/wishes")
	String wishesForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("header", this.participants.header(user, id, RecordType.HOUSING));
		WishForm form = WishForm.from(this.offers.wishes(user, id));
		model.addAttribute("form", form);
		// The active districts, and any deactivated one the participant already wished.
		model.addAttribute("districts", this.districts.choicesFor(form.districts()));
		return "housing/wishes";
	}

	@PostMapping("/wishes")
	String describeWishes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") WishForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		HousingWish.Wishes wishes = form.wishes(result, this.districts.allNames());
		if (wishes != null) {
			try {
				this.offers.describeWishes(user, id, wishes);
				redirect.addFlashAttribute("message", "housing.wish.saved");
				return back(id);
			}
			catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
				// Two saves of the wishes at once: the first stands, this one is shown
				// again.
				result.reject("housing.stale");
			}
		}
		model.addAttribute("header", this.participants.header(user, id, RecordType.HOUSING));
		model.addAttribute("districts", this.districts.choicesFor(form.districts()));
		return "housing/wishes";
	}

	@PostMapping("/offers")
	String offer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "unitIds", required = false) List<String> unitIds, RedirectAttributes redirect) {
		List<Long> ids = new ArrayList<>();
		for (String value : (unitIds == null) ? List.<String>of() : unitIds) {
			Long unitId = ParticipantHousingController.number(value);
			if (unitId == null) {
				redirect.addFlashAttribute("problem", "housing.offer.rule.twoOrThree");
				return back(id);
			}
			ids.add(unitId);
		}
		try {
			if (ids.size() < HousingOffer.MIN_UNITS || ids.size() > HousingOffer.MAX_UNITS) {
				throw new HousingRuleException("housing.offer.rule.twoOrThree");
			}
			this.offers.offer(user, id, ids);
			redirect.addFlashAttribute("message", "housing.offer.made");
		}
		catch (HousingRuleException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return back(id);
	}

	@PostMapping("/offers/{offerId:\\d+}/units/{unitId:\\d+}")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long offerId,
			@PathVariable long unitId, @RequestParam(name = "answer", defaultValue = "") String answer,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "viewingOn", required = false) String viewingOn,
			@RequestParam(name = "viewingWith", required = false) String viewingWith,
			@RequestParam(name = "answeredOn", required = false) String answeredOn, RedirectAttributes redirect) {
		String with = (viewingWith == null) ? null : FormInput.withoutControlCharacters(viewingWith).strip();
		String viewer = (with != null && with.length() > 200) ? with.substring(0, 200) : with;
		LocalDate viewed = FormInput.parseDate(viewingOn);
		boolean saved = FormSave.attempt(redirect, () -> {
			if ((viewingOn != null && !viewingOn.isBlank() && viewed == null)) {
				throw new HousingRuleException("housing.offer.rule.viewingDate");
			}
			if ("VIEWING".equals(answer)) {
				// The viewing now, the answer later (with the day it was given).
				this.offers.recordViewing(user, id, offerId, unitId, viewed, viewer);
				return;
			}
			OfferedUnit.Answer choice = switch (answer) {
				case "CHOSEN" -> OfferedUnit.Answer.CHOSEN;
				case "DECLINED" -> OfferedUnit.Answer.DECLINED;
				default -> throw new HousingRuleException("housing.offer.rule.answerNeeded");
			};
			DeclineReason why = java.util.Arrays.stream(DeclineReason.values())
				.filter((r) -> reason != null && r.name().equals(reason.strip()))
				.findFirst()
				.orElse(null);
			if (reason != null && !reason.isBlank() && why == null) {
				throw new HousingRuleException("housing.offer.rule.reasonNeeded");
			}
			LocalDate on = (answeredOn == null || answeredOn.isBlank()) ? LocalDate.now(this.clock)
					: FormInput.parseDate(answeredOn);
			if (on == null) {
				throw new HousingRuleException("housing.offer.rule.dateOutsideFollowUp");
			}
			this.offers.answer(user, id, offerId, unitId, choice, why, viewed, viewer, on);
		});
		if (saved) {
			redirect.addFlashAttribute("message", switch (answer) {
				case "VIEWING" -> "housing.offer.viewingSaved";
				case "CHOSEN" -> "housing.offer.chosen";
				default -> "housing.offer.declined";
			});
		}
		return back(id);
	}

	private static String back(long id) {
		return "redirect:/participants/" + id + "/housing";
	}

	static Long number(String value) {
		try {
			return (value == null) ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
