/** Generated from the API's OpenAPI document by `npm run api:types`: do not edit by hand. */
export interface components {
  schemas: {
    AccountView: {
      id: string;
      login: string;
      role: "coordinator" | "tutor" | "sme";
      tutorId?: string;
      smeId?: string;
      language: "id" | "en";
      email: string | null;
      createdAt: string;
    };
    AssignmentView: {
      id: string;
      tutorId: string;
      smeId: string;
      slot: number;
      pinned: boolean;
      startedAt: string;
      startReason: "manual" | "rebalance" | "import";
      startedBy: string | null;
      endedAt: string | null;
      endReason: "manual" | "rebalance" | "graduated" | "withdrawn" | "tutor_inactive" | null;
      endedBy: string | null;
      rebalanceId: string | null;
      endRebalanceId: string | null;
      explanation: Record<string, unknown> | null;
    };
    AssignmentViewPage: {
      items: (components['schemas']['AssignmentView'])[];
      nextCursor: string | null;
    };
    CandidateView: {
      tutorId: string;
      name: string;
      storeName: string;
      regencyCode: string;
      regencyName: string;
      provinceCode: string;
      provinceName: string;
      load: number;
      maxSmes: number;
      freeSeats: number;
      cost: number;
      explanation: Record<string, unknown>;
    };
    CandidateViewPage: {
      items: (components['schemas']['CandidateView'])[];
      nextCursor: string | null;
    };
    ChangePasswordDto: {
      password: string;
    };
    ChangeView: {
      id: string;
      rebalanceId: string;
      seq: number;
      kind: "moved" | "added" | "ended";
      smeId: string;
      fromTutorId: string | null;
      fromTutorName: string | null;
      toTutorId: string | null;
      toTutorName: string | null;
      explanation: Record<string, unknown> | null;
      reason: string;
      reasonCode: "ASSIGNED" | "BETTER_PAIR" | "TUTOR_INACTIVE" | "NO_BETTER_FIT" | "TUTOR_INACTIVE_NO_FIT" | "SME_LEFT" | null;
    };
    ChangeViewPage: {
      items: (components['schemas']['ChangeView'])[];
      nextCursor: string | null;
    };
    CoordinatorNotificationView: {
      id: string;
      template: "mentor_assigned" | "sme_assigned" | "assignment_ended" | "sme_graduated" | "mentoring_reminder" | "continued_mentoring" | "coordinator_digest";
      language: "id" | "en";
      subject: string;
      text: string;
      status: "queued" | "sending" | "sent" | "delivered" | "read" | "failed";
      createdAt: string;
      readAt: string | null;
      personKind: "tutor" | "sme" | "coordinator";
      personId: string;
      channel: "whatsapp" | "email" | "in_app";
      params: (string)[];
      attempts: number;
      reason: string | null;
      address: string | null;
      providerMessageId: string | null;
      notBefore: string | null;
      sentAt: string | null;
      deliveredAt: string | null;
      updatedAt: string;
    };
    CoordinatorNotificationViewPage: {
      items: (components['schemas']['CoordinatorNotificationView'])[];
      nextCursor: string | null;
    };
    CourseProgressItemDto: {
      smeId: string;
      courseCode: string;
      progressPercent: number;
      completedAt?: string;
    };
    CourseProgressResultView: {
      accepted: number;
      rejected: (components['schemas']['RejectedProgressView'])[];
    };
    CourseProgressView: {
      smeId: string;
      courseCode: string;
      progressPercent: number;
      completedAt: string | null;
    };
    CourseStatusView: {
      code: string;
      title: string;
      required: boolean;
      progressPercent: number;
      completedAt: string | null;
    };
    CourseView: {
      id: string;
      code: string;
      title: string;
      required: boolean;
      createdAt: string;
    };
    CourseViewPage: {
      items: (components['schemas']['CourseView'])[];
      nextCursor: string | null;
    };
    CoverageView: {
      items: (components['schemas']['ProvinceCoverageView'])[];
      computedAt: string;
    };
    CreateAccountDto: {
      login: string;
      password: string;
      role: "coordinator" | "tutor" | "sme";
      tutorId?: string;
      smeId?: string;
    };
    CreateAssignmentDto: {
      tutorId: string;
      smeId: string;
      pinned?: boolean;
    };
    CreateCourseDto: {
      code: string;
      title: string;
      required: boolean;
    };
    CreateSessionDto: {
      smeId: string;
      date: string;
      durationMinutes: number;
      mode: "online" | "in_person";
      topics: ("store_setup" | "product_listing" | "product_photos" | "digital_marketing" | "pricing" | "logistics" | "quality_control" | "finance" | "other")[];
      notes?: string;
      nextSteps?: string;
    };
    CreateSmeDto: {
      businessName: string;
      ownerName: string;
      phone: string;
      regencyCode: string;
      category: "fashion" | "food_beverage" | "beauty" | "handicraft" | "home_living" | "electronics" | "agriculture" | "health" | "services" | "other";
      languages: (string)[];
      internetAccess: "good" | "limited" | "none";
      digitalLiteracy: number;
      onlineStage: "offline" | "store_created" | "products_listed" | "first_sale";
      segment?: "traditional" | "digital_savvy";
      status?: "enrolled" | "mentoring" | "graduated" | "withdrawn";
    };
    CreateTutorDto: {
      name: string;
      phone: string;
      email?: string;
      storeName: string;
      sellerSince: string;
      sellerRating: number;
      regencyCode: string;
      categories: ("fashion" | "food_beverage" | "beauty" | "handicraft" | "home_living" | "electronics" | "agriculture" | "health" | "services" | "other")[];
      languages: (string)[];
      modes: ("online" | "in_person")[];
      maxSmes?: number;
      status?: "active" | "paused" | "inactive";
    };
    EndAssignmentDto: {
      reason: "manual" | "graduated" | "withdrawn" | "tutor_inactive";
      note?: string;
    };
    FlagDaysDto: {
      mentoringStalledDays?: number;
      trainingStalledDays?: number;
      unassignedDays?: number;
    };
    FlagDaysView: {
      mentoringStalledDays: number;
      trainingStalledDays: number;
      unassignedDays: number;
    };
    FlagReasonDetailView: {
      code: "COURSES_COMPLETED" | "SEGMENT_SET_BY_COORDINATOR" | "ONLINE_STAGE" | "DIGITAL_LITERACY" | "NO_INTERNET" | "NO_SESSION_SINCE_LAST" | "NO_SESSION_SINCE_ASSIGNED" | "NO_PROGRESS_SINCE_LAST" | "NO_PROGRESS_SINCE_ENROLLED" | "NO_TUTOR_SINCE_ENDED" | "NO_TUTOR_SINCE_ENROLLED" | "OTHER";
      values: Record<string, unknown>;
    };
    FlagView: {
      id: string;
      smeId: string;
      type: "NEEDS_CONTINUED_MENTORING" | "MENTORING_STALLED" | "TRAINING_STALLED" | "UNASSIGNED";
      status: "open" | "acknowledged" | "resolved";
      reasons: (string)[];
      reasonDetails: (components['schemas']['FlagReasonDetailView'])[];
      note: string | null;
      openedAt: string;
      resolvedAt: string | null;
    };
    FlagViewPage: {
      items: (components['schemas']['FlagView'])[];
      nextCursor: string | null;
    };
    GeographyCostDto: {
      sameRegency: number;
      sameProvince: number;
      sameIslandGroup: number;
      other: number;
    };
    GeographyCostView: {
      sameRegency: number;
      sameProvince: number;
      sameIslandGroup: number;
      other: number;
    };
    ImportResultView: {
      created: number;
    };
    InAppNotificationView: {
      id: string;
      template: "mentor_assigned" | "sme_assigned" | "assignment_ended" | "sme_graduated" | "mentoring_reminder" | "continued_mentoring" | "coordinator_digest";
      language: "id" | "en";
      subject: string;
      text: string;
      status: "queued" | "sending" | "sent" | "delivered" | "read" | "failed";
      createdAt: string;
      readAt: string | null;
    };
    InAppNotificationViewPage: {
      items: (components['schemas']['InAppNotificationView'])[];
      nextCursor: string | null;
    };
    LoginDto: {
      login: string;
      password: string;
    };
    LoginView: {
      accessToken: string;
      user: components['schemas']['SignedInUserView'];
    };
    MatchingSettingsDto: {
      geographyCost?: components['schemas']['GeographyCostDto'];
      categoryMismatchCost?: number;
      languageMismatchCost?: number;
      stayBonus?: number;
      sessionBonus?: number;
      slotCosts?: (number)[];
      unassignedCost?: components['schemas']['UnassignedCostDto'];
    };
    MatchingSettingsView: {
      geographyCost: components['schemas']['GeographyCostView'];
      categoryMismatchCost: number;
      languageMismatchCost: number;
      stayBonus: number;
      sessionBonus: number;
      slotCosts: (number)[];
      unassignedCost: components['schemas']['UnassignedCostView'];
    };
    MentorContactView: {
      name: string;
      storeName: string;
      phone: string;
      regencyCode: string;
      regencyName: string;
      provinceCode: string;
      provinceName: string;
      modes: ("online" | "in_person")[];
      since: string;
    };
    MentoredSmeView: {
      id: string;
      businessName: string;
      ownerName: string;
      phone: string;
      regencyCode: string;
      provinceCode: string;
      regencyName: string;
      provinceName: string;
      category: "fashion" | "food_beverage" | "beauty" | "handicraft" | "home_living" | "electronics" | "agriculture" | "health" | "services" | "other";
      languages: (string)[];
      internetAccess: "good" | "limited" | "none";
      digitalLiteracy: number;
      onlineStage: "offline" | "store_created" | "products_listed" | "first_sale";
      segment: "traditional" | "digital_savvy";
      status: "enrolled" | "mentoring" | "graduated" | "withdrawn";
      whatsappOptIn: components['schemas']['WhatsappOptInView'] | null;
      createdAt: string;
      updatedAt: string;
      assignedSince: string;
      courseProgress: (components['schemas']['CourseProgressView'])[];
      openFlags: (components['schemas']['FlagView'])[];
      lastSessionDate: string | null;
    };
    MentoredSmeViewPage: {
      items: (components['schemas']['MentoredSmeView'])[];
      nextCursor: string | null;
    };
    MentorView: {
      mentor: components['schemas']['MentorContactView'] | null;
      reason?: string;
    };
    MeView: {
      account: components['schemas']['AccountView'];
      timeZone: string;
      tutor?: components['schemas']['TutorRecordView'];
      sme?: components['schemas']['SmeRecordView'];
    };
    MyCoursesView: {
      items: (components['schemas']['CourseStatusView'])[];
      nextCursor: string | null;
      requiredCompleted: number;
      requiredTotal: number;
    };
    NotificationSettingsDto: {
      events?: ("mentor_assigned" | "sme_assigned" | "assignment_ended" | "sme_graduated" | "mentoring_reminder" | "continued_mentoring" | "coordinator_digest")[];
      digestDay?: "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday";
      digestHour?: number;
      quietHours?: components['schemas']['QuietHoursDto'] | null;
    };
    NotificationSettingsView: {
      events: ("mentor_assigned" | "sme_assigned" | "assignment_ended" | "sme_graduated" | "mentoring_reminder" | "continued_mentoring" | "coordinator_digest")[];
      digestDay: "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday";
      digestHour: number;
      quietHours: components['schemas']['QuietHoursView'] | null;
    };
    OverviewView: {
      tutorsByLoad: {
        [key: string]: number;
      };
      smesByStatus: {
        [key: string]: number;
      };
      smesBySegment: {
        [key: string]: number;
      };
      smesByAssignment: {
        [key: string]: number;
      };
      openFlagsByType: {
        [key: string]: number;
      };
      courseCompletionRate: number;
      notificationsByStatus: {
        [key: string]: number;
      };
      computedAt: string;
    };
    ProvinceCoverageView: {
      provinceCode: string;
      provinceName: string;
      smes: number;
      assigned: number;
      tutors: number;
      freeCapacity: number;
      coverageShare: number;
    };
    ProvinceView: {
      code: string;
      name: string;
      islandGroup: "sumatra" | "java" | "bali_nusa_tenggara" | "kalimantan" | "sulawesi" | "maluku" | "papua";
      regencies: (components['schemas']['RegencyView'])[];
    };
    QuietHoursDto: {
      start?: string;
      end?: string;
    };
    QuietHoursView: {
      start: string;
      end: string;
    };
    RebalanceSummaryView: {
      kept: number;
      moved: number;
      added: number;
      ended: number;
      unassigned: number;
      objective: number;
    };
    RebalanceView: {
      id: string;
      status: "queued" | "running" | "completed" | "failed";
      progress: number;
      phase: "loading" | "solving" | "diffing" | "writing" | null;
      solveMode: "incremental" | "full" | null;
      dryRun: boolean;
      applied: boolean;
      provinceCode: string | null;
      provinceName: string | null;
      trigger: "manual" | "schedule" | "events";
      summary: components['schemas']['RebalanceSummaryView'] | null;
      error: string | null;
      appliedAt: string | null;
      createdAt: string;
      finishedAt: string | null;
    };
    RebalanceViewPage: {
      items: (components['schemas']['RebalanceView'])[];
      nextCursor: string | null;
    };
    RegencyView: {
      code: string;
      name: string;
    };
    RejectedProgressView: {
      index: number;
      code: "VALIDATION_FAILED" | "SME_NOT_FOUND" | "COURSE_NOT_FOUND";
    };
    RequestRebalanceDto: {
      dryRun: boolean;
      provinceCode?: string;
    };
    ScheduleSettingsDto: {
      rebalanceCron?: string;
      flagSweepCron?: string;
      timeZone?: string;
      eventDebounceSeconds?: number;
      autoApply?: boolean;
    };
    ScheduleSettingsView: {
      rebalanceCron: string;
      flagSweepCron: string;
      timeZone: string;
      eventDebounceSeconds: number;
      autoApply: boolean;
    };
    SessionView: {
      id: string;
      tutorId: string;
      smeId: string;
      date: string;
      durationMinutes: number;
      mode: "online" | "in_person";
      topics: ("store_setup" | "product_listing" | "product_photos" | "digital_marketing" | "pricing" | "logistics" | "quality_control" | "finance" | "other")[];
      notes: string | null;
      nextSteps: string | null;
      createdAt: string;
    };
    SessionViewPage: {
      items: (components['schemas']['SessionView'])[];
      nextCursor: string | null;
    };
    SettingsView: {
      segmentation: components['schemas']['StageThresholdsView'];
      graduation: components['schemas']['StageThresholdsView'];
      flags: components['schemas']['FlagDaysView'];
      tutorLoad: components['schemas']['TutorLoadView'];
      matching: components['schemas']['MatchingSettingsView'];
      schedule: components['schemas']['ScheduleSettingsView'];
      notifications: components['schemas']['NotificationSettingsView'];
    };
    SignedInUserView: {
      id: string;
      role: "coordinator" | "tutor" | "sme";
      tutorId?: string;
      smeId?: string;
    };
    SmeDetailsView: {
      id: string;
      businessName: string;
      ownerName: string;
      phone: string;
      regencyCode: string;
      provinceCode: string;
      regencyName: string;
      provinceName: string;
      category: "fashion" | "food_beverage" | "beauty" | "handicraft" | "home_living" | "electronics" | "agriculture" | "health" | "services" | "other";
      languages: (string)[];
      internetAccess: "good" | "limited" | "none";
      digitalLiteracy: number;
      onlineStage: "offline" | "store_created" | "products_listed" | "first_sale";
      segment: "traditional" | "digital_savvy";
      status: "enrolled" | "mentoring" | "graduated" | "withdrawn";
      whatsappOptIn: components['schemas']['WhatsappOptInView'] | null;
      createdAt: string;
      updatedAt: string;
      currentTutorId: string | null;
      courseProgress: (components['schemas']['CourseProgressView'])[];
      openFlags: (components['schemas']['FlagView'])[];
    };
    SmeRecordView: {
      id: string;
      businessName: string;
      ownerName: string;
      phone: string;
      regencyCode: string;
      provinceCode: string;
      regencyName: string;
      provinceName: string;
      category: "fashion" | "food_beverage" | "beauty" | "handicraft" | "home_living" | "electronics" | "agriculture" | "health" | "services" | "other";
      languages: (string)[];
      internetAccess: "good" | "limited" | "none";
      digitalLiteracy: number;
      onlineStage: "offline" | "store_created" | "products_listed" | "first_sale";
      segment: "traditional" | "digital_savvy";
      status: "enrolled" | "mentoring" | "graduated" | "withdrawn";
      whatsappOptIn: components['schemas']['WhatsappOptInView'] | null;
      createdAt: string;
      updatedAt: string;
    };
    SmeView: {
      id: string;
      businessName: string;
      ownerName: string;
      phone: string;
      regencyCode: string;
      provinceCode: string;
      regencyName: string;
      provinceName: string;
      category: "fashion" | "food_beverage" | "beauty" | "handicraft" | "home_living" | "electronics" | "agriculture" | "health" | "services" | "other";
      languages: (string)[];
      internetAccess: "good" | "limited" | "none";
      digitalLiteracy: number;
      onlineStage: "offline" | "store_created" | "products_listed" | "first_sale";
      segment: "traditional" | "digital_savvy";
      status: "enrolled" | "mentoring" | "graduated" | "withdrawn";
      whatsappOptIn: components['schemas']['WhatsappOptInView'] | null;
      createdAt: string;
      updatedAt: string;
      currentTutorId: string | null;
    };
    SmeViewPage: {
      items: (components['schemas']['SmeView'])[];
      nextCursor: string | null;
    };
    StageThresholdsDto: {
      minDigitalLiteracy?: number;
      minOnlineStage?: "offline" | "store_created" | "products_listed" | "first_sale";
    };
    StageThresholdsView: {
      minDigitalLiteracy: number;
      minOnlineStage: "offline" | "store_created" | "products_listed" | "first_sale";
    };
    TutorLoadDto: {
      max?: number;
    };
    TutorLoadView: {
      max: number;
    };
    TutorRecordView: {
      id: string;
      name: string;
      phone: string;
      email: string | null;
      storeName: string;
      sellerSince: string;
      sellerRating: number;
      regencyCode: string;
      provinceCode: string;
      regencyName: string;
      provinceName: string;
      categories: ("fashion" | "food_beverage" | "beauty" | "handicraft" | "home_living" | "electronics" | "agriculture" | "health" | "services" | "other")[];
      languages: (string)[];
      modes: ("online" | "in_person")[];
      maxSmes: number;
      status: "active" | "paused" | "inactive";
      whatsappOptIn: components['schemas']['WhatsappOptInView'] | null;
      createdAt: string;
      updatedAt: string;
    };
    TutorView: {
      id: string;
      name: string;
      phone: string;
      email: string | null;
      storeName: string;
      sellerSince: string;
      sellerRating: number;
      regencyCode: string;
      provinceCode: string;
      regencyName: string;
      provinceName: string;
      categories: ("fashion" | "food_beverage" | "beauty" | "handicraft" | "home_living" | "electronics" | "agriculture" | "health" | "services" | "other")[];
      languages: (string)[];
      modes: ("online" | "in_person")[];
      maxSmes: number;
      status: "active" | "paused" | "inactive";
      whatsappOptIn: components['schemas']['WhatsappOptInView'] | null;
      createdAt: string;
      updatedAt: string;
      load: number;
    };
    TutorViewPage: {
      items: (components['schemas']['TutorView'])[];
      nextCursor: string | null;
    };
    UnassignedCostDto: {
      default: number;
      traditional: number;
      needsContinuedMentoring: number;
    };
    UnassignedCostView: {
      default: number;
      traditional: number;
      needsContinuedMentoring: number;
    };
    UpdateAssignmentDto: {
      pinned: boolean;
    };
    UpdateFlagDto: {
      status: "acknowledged" | "resolved";
      note?: string;
    };
    UpdateMeDto: {
      whatsappOptIn?: boolean;
      language?: "id" | "en";
      email?: string;
    };
    UpdateSettingsDto: {
      segmentation?: components['schemas']['StageThresholdsDto'];
      graduation?: components['schemas']['StageThresholdsDto'];
      flags?: components['schemas']['FlagDaysDto'];
      schedule?: components['schemas']['ScheduleSettingsDto'];
      matching?: components['schemas']['MatchingSettingsDto'];
      tutorLoad?: components['schemas']['TutorLoadDto'];
      notifications?: components['schemas']['NotificationSettingsDto'];
    };
    UpdateSmeDto: {
      businessName?: string;
      ownerName?: string;
      phone?: string;
      regencyCode?: string;
      category?: "fashion" | "food_beverage" | "beauty" | "handicraft" | "home_living" | "electronics" | "agriculture" | "health" | "services" | "other";
      languages?: (string)[];
      internetAccess?: "good" | "limited" | "none";
      digitalLiteracy?: number;
      onlineStage?: "offline" | "store_created" | "products_listed" | "first_sale";
      segment?: "traditional" | "digital_savvy";
      status?: "enrolled" | "mentoring" | "graduated" | "withdrawn";
      whatsappOptIn?: boolean;
    };
    UpdateTutorDto: {
      name?: string;
      phone?: string;
      email?: string;
      storeName?: string;
      sellerSince?: string;
      sellerRating?: number;
      regencyCode?: string;
      categories?: ("fashion" | "food_beverage" | "beauty" | "handicraft" | "home_living" | "electronics" | "agriculture" | "health" | "services" | "other")[];
      languages?: (string)[];
      modes?: ("online" | "in_person")[];
      maxSmes?: number;
      status?: "active" | "paused" | "inactive";
      whatsappOptIn?: boolean;
    };
    WhatsappOptInView: {
      at: string;
      source: "coordinator" | "self";
      recordedBy: string;
    };
  };
}
