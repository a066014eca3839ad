// The Walsall Children's Services case-file audit tool: seed 003 ("Performance reporting and
// monitoring processes", January 2017), Appendix C "Audit Tool", transcribed as a checklist:
// the record details at its head, the seven sections of Yes / No (/ N/A) questions with an
// evidence column, each section's comment boxes, a grade per section on the four-point scale of
// the "Grade descriptors" table, and the closing actions table (action, date for completion).
// Question wording is tidied (the extraction split lines and dropped letters), not changed.
import type { Feed } from './common.js';
import { AUTHORITY } from './common.js';

// The boxes under every section's questions (seed: "Auditor's comments and reflection notes",
// "Areas of good practice", "Areas for improvement", "Case Worker/Team Manager/Service Manager's
// comments on the audit").
const COMMENTS = [
  { id: 'reflection', label: "Auditor's comments and reflection notes" },
  { id: 'good-practice', label: 'Areas of good practice' },
  { id: 'improvement', label: 'Areas for improvement' },
  { id: 'response', label: "Case worker / team manager / service manager's comments on the audit" },
];

type Question = string | { text: string; guidance?: string; answers?: { value: string; label: string }[] };

// Section 3's first question asks which plan is in place ("please circle"): its answers are the plans.
const PLANS = [
  { value: 'early-help', label: 'Early Help' },
  { value: 'cin', label: 'Child in need plan' },
  { value: 'cpp', label: 'Child protection plan' },
  { value: 'care-plan', label: 'Care plan' },
  { value: 'safety-plan', label: 'Safety plan' },
  { value: 'pathway-plan', label: 'Pathway plan' },
  { value: 'placement-plan', label: 'Placement plan' },
];

// Section 7's telephone questions are rated on the person's experience, not Yes / No. Only two of
// the seed's column headings survived extraction ("Exceeds good", "Meets good"); a third heading
// may be lost, and none is invented here.
const EXPERIENCE = [
  { value: 'exceeds-good', label: 'Exceeds good' },
  { value: 'meets-good', label: 'Meets good' },
];
const CALL =
  'In a phone conversation with the parent and foster carer (if relevant to the child), ask the following questions. Please use the words used; avoid paraphrasing. Record the evidence and an evaluative summary.';
const call = (who: string, text: string): Question => ({ text: `${who}: ${text}`, guidance: CALL, answers: EXPERIENCE });

const SECTIONS: [string, string, Question[]][] = [
  [
    'general',
    'General information',
    [
      'Are the names of the allocated workers and responsible team up to date?',
      "Do records identify all the child's details in respect of the child, parent, carer and those with parental responsibility: gender, ethnicity, first language, religion, school or college, category of need, UPN (if applicable)? For care leavers: National Insurance number, passport number, bank account details.",
      'Is there a record of an interpreter needed or used?',
      'Are professional involvements and key agencies accurate and up to date (i.e. external agencies are recorded in the Central Index)?',
      { text: 'Is there a properly maintained chronology?', guidance: 'Chronologies should be updated every 3 months.' },
      {
        text: 'Is the recording of case notes up to date?',
        guidance: 'This should be within 3 days of the last event for statutory visits, CP and LAC related activity; 5 days for everything else.',
      },
      'Is the case recording specific to this child (i.e. is there recording on the file that belongs to siblings)?',
      'For closed cases, is there a full closing summary?',
      "What's the story? Does the record tell the child's story? Is the reason for involvement clear? Is the intervention clear?",
    ],
  ],
  [
    'assessment',
    'Assessment of need and analysis of risk',
    [
      'Does the assessment provide evidence that the child was seen and spoken to, and are their wishes and feelings clearly recorded?',
      "If the child was not seen, have the reason given and the manager's decision endorsing this been recorded? Is the decision appropriate?",
      'How has this been done? Is there evidence of direct work tools used? Which ones?',
      'Is there evidence of inclusion of all parents and those with parental responsibility, including non-resident parents (often fathers), in the assessment?',
      'Does the assessment include evidence of appropriate liaison with other professionals? Has their input been taken into account?',
      'Does the assessment address the referral issue or presenting need appropriately?',
      'Does the assessment consider and incorporate diversity issues? If so, how?',
      'Does the assessment include a clear analysis of risk and proposed actions?',
      {
        text: 'For children where there is a risk of sexual exploitation, has the CSE risk assessment been completed in full?',
        guidance: 'The CSE risk assessment must be completed in full. Consider also radicalisation and gangs.',
      },
      'Is there evidence of managerial oversight of the assessment, with appropriate challenge and analysis?',
      'Was the assessment completed and authorised within timescale?',
      'Is there clear evidence of feedback of the outcome to the professional referrer?',
      'Is there evidence that the child, their parents and carers were given a copy of the assessment?',
      'Is there evidence that the child, their parents and carers have been given information about the complaints procedure?',
    ],
  ],
  [
    'plan',
    "Child/young person's plan",
    [
      {
        text: 'What plan is in place?',
        guidance: 'Early Help; CiN; CPP; care plan; safety plan; pathway plan; placement plan (the paper form says "please circle").',
        answers: PLANS,
      },
      'Is the plan child specific?',
      "Does the plan meet the child's needs, with clear and specific objectives, inputs and expected outcomes within specific timescales?",
      "Is there evidence that the child's wishes and views are central to making decisions and have been taken account of in making the plan? Is there evidence that they have a copy of the plan?",
      'Is there evidence that parents, including absent parents, have been involved in the decision making and that their views are central to informing the plan, or are there clear reasons recorded why they have not been involved? Is there evidence that they have a copy of the plan?',
      'Does the plan consider and incorporate diversity issues? If so, how?',
      'As the risk changes, is the plan reviewed to address newly identified issues?',
      {
        text: 'For children where there is a risk of sexual exploitation, has the CSE risk assessment been completed in full?',
        guidance: 'The CSE risk assessment must be completed in full.',
      },
      {
        text: 'For children who go missing, is there evidence of a return interview? Evidence of discussion at CMOG? Evidence of a MACE meeting?',
        guidance: 'Consider also radicalisation and gangs.',
      },
      'Is there evidence that appropriate transfer processes have been followed (step up, step down, closure)? Is the rationale for the transfer clear, and linked to the assessment of need and changes in risk factors?',
    ],
  ],
  [
    'review',
    'Review and statutory duties',
    [
      { text: 'Is there evidence of visiting the child within the timescales set out in the plan?', guidance: 'Please record the dates of the last 3 visits.' },
      {
        text: 'Has the plan been reviewed within timescales?',
        guidance: 'Please record the dates of the last 2 core groups / the date of the CiN review, looked after review, RCPC or MACE review.',
      },
      'Is there evidence of professional engagement in key meetings and reviews? Did they attend? Are there patterns of non-attendance by key professionals?',
      'Is there evidence that parents, children and family members are involved in meetings? Are the views of the child, parents and carers included? Are diversity issues identified and accommodated?',
      'Is there evidence of SMART plans actively progressed by all parties? Are they reviewed and the outcome recorded? Is the history of the family taken into account?',
      'Is there evidence that decisions and plans have been shared with parents and carers and the child or young person, and that they understand their role?',
      'Is there evidence of timely planning and response to escalating concerns?',
      'Is there evidence that statutory requirements have been met: PEP, LAC health assessment, SDQs?',
      {
        text: 'Is there evidence that, when a plan is not working, escalating concerns have been responded to in a timely way? How has this been done?',
        guidance: "Consider: early review? Professionals' meeting? Revised risk assessments? MACE meeting? CMOG?",
      },
    ],
  ],
  [
    'voice',
    'Voice of the child/young person',
    [
      'Is there evidence that the worker has seen the child alone? If not, is the reason for this clearly recorded and endorsed by the manager?',
      "Are the child's individual needs in the family being addressed, i.e. is there evidence of child-focused practice and ongoing assessment of this child's needs?",
      "Has the case worker recorded observations of the child's physical and emotional presentation, and their interaction with parents, carers, siblings and others? Have they analysed these?",
      'Has direct work been carried out? What tools have been used? If not, has it been considered and a clear rationale recorded for not doing so?',
      'Are there barriers to carrying out direct work? Is there evidence that the worker has made efforts to overcome these?',
      'For children subject to a CPP and/or looked after, have the consultation tools been used? Is there evidence that they have been shared at the meeting?',
      'For children in statutory processes, has the child been made aware of their right to independent advocacy and independent visitors?',
      {
        text: 'Has the child been invited to their own meetings and reviews, and supported to attend and/or participate?',
        guidance: 'Consider MACE, ICPC, RCPC and reviews of all plans.',
      },
      'Is the voice of the child clear, and can their journey be understood?',
    ],
  ],
  [
    'oversight',
    'Supervision and management oversight',
    [
      'Is there evidence of management overview at allocation?',
      {
        text: 'Is there evidence of management oversight at key decision points?',
        guidance: 'Consider S47, PLO, court proceedings, return home, placement changes, school changes.',
      },
      "Is there evidence of regular formal supervision? Is the manager's input clear, child specific and time bound?",
      "Is the child's lived experience considered and used to shape next steps?",
      'Are safeguarding issues considered and addressed? Are audit outcomes followed up and addressed?',
    ],
  ],
  [
    'impact',
    'Evidence of impact',
    [
      "Is there evidence that the child's plan is making a positive difference? What is the evidence for this?",
      'Is there evidence that family life has improved?',
      call('For parents and the child/young person', 'Has your social worker explained why they are working with you?'),
      call('For parents, the child/young person and foster carers', 'Do you feel that your social worker has listened to you?'),
      call(
        'For parents and the child/young carer',
        'Have you been invited to meetings about your child? Given support to attend? Have you been included in making plans and deciding what should happen next?',
      ),
      call('For parents and foster carers', 'What do you think the social worker has done well?'),
      call('For parents and foster carers', 'What do you think has not been so good?'),
      call('For parents', 'Has the social worker made a difference to your child?'),
    ],
  ],
];

export function auditToolFeed(): Feed {
  return {
    version: '1.0',
    title: "Walsall Children's Services case-file audit tool",
    publisher: "Walsall Council Children's Services (Quality Assurance Framework, report of January 2017, Appendix C)",
    updated: '2017-01-31',
    licence: 'Transcribed from a public council committee report',
    attribution: "Walsall Council Children's Services: Performance reporting and monitoring processes, January 2017, Appendix C (Audit Tool)",
    authority: AUTHORITY,
    illustrative: false,
    checklists: [
      {
        id: 'case-file-audit',
        title: "Walsall Children's Services Audit Tool",
        description:
          'This is an assessment of quality of service provision based on the evidence within the record. In assessing the adequacy of each dimension and of the overall judgement, consideration should be given to a range of factors. One (or more) areas may need addressing without this making the whole section inadequate.\n\nAuditors must complete the audit within the required timescale using the Walsall audit tool and grade descriptors, and must provide evidence to support their judgement. The audit relates to the previous 12 months, but historical themes and previous audit outcomes need to be identified. Individual issues causing concern and requiring immediate safeguarding action should be taken up on the day of the audit by the relevant team manager.',
        record: [
          { id: 'client-name', label: 'Client name' },
          { id: 'mosaic-number', label: 'Mosaic number' },
          { id: 'audit-date', label: 'Audit date' },
          { id: 'case-holder', label: 'Current case holder' },
          { id: 'auditor', label: 'Audit completed by' },
          { id: 'legal-status', label: 'Legal status' },
        ],
        answers: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: 'n-a', label: 'N/A' },
        ],
        // "GRADE DESCRIPTORS" (seed 003, Appendix C). Grade 4's last sentence runs on to the next line in the seed.
        grades: [
          {
            value: 1,
            label: 'Outstanding',
            descriptor:
              "All elements of the child's file demonstrate a focus on the child or young person with all elements of good practice consistently present in all areas.",
          },
          {
            value: 2,
            label: 'Good',
            descriptor:
              "Children and young people are listened to, practice is focused on their needs and experiences and influenced by their wishes and feelings or, where they cannot represent their view themselves, those advocated on their behalf. They are consistently seen and seen alone by social workers. Case records reflect the work that is undertaken with children and clearly relate to the plans for their futures. Where there are concerns about the safety and protection of children and parents do not engage, there is a full risk assessment and urgent involvement of a manager in all decisions about next steps. All actions and engagement with the family and other professionals are clearly recorded. Assessments and plans are dynamic and change in the light of emerging issues and risks. Assessments are evidence informed, analytical and reflect the child/young person's lived experience. All children have a plan setting out the help that is offered, which is reviewed, and alternative authoritative action is taken where the circumstances for children do not improve. Decisions to look after children and young people are timely and made only when it is in their best interests. Those decisions are based on clear, effective, comprehensive and risk-based assessments involving other professionals working with the family where appropriate. Where children are looked after there is evidence that they are supported to enjoy good health and achieve in school. Care plans comprehensively address the needs and experiences of children and young people. They are regularly and independently reviewed, involving as appropriate the child or young person's parents, kinship carers (connected persons), foster carers, residential staff and other adults who know them. Care leavers have effective plans and are helped to understand how their life choices will affect their safety and well-being.",
          },
          {
            value: 3,
            label: 'Requires improvement',
            descriptor: 'There is some evidence as described above but the evidence is inconsistent and/or some areas are absent.',
          },
          {
            value: 4,
            label: 'Inadequate',
            descriptor:
              "The audit of the child's file does not provide evidence of consistent, child focused input. Plans and assessments are missing or significantly out of date. There is no evidence of review. There is no evidence that children have been seen or visits are consistently out of timescale. There is evidence on the file that safeguarding concerns have not been investigated or addressed. The auditor considers there to be an immediate safeguarding concern.",
          },
        ],
        sections: SECTIONS.map(([id, title, questions]) => ({
          id,
          title,
          questions: questions.map((q, i) => {
            const { text, guidance, answers } = typeof q === 'string' ? { text: q, guidance: undefined, answers: undefined } : q;
            return { id: `${id}-${i + 1}`, text, ...(guidance ? { guidance } : {}), evidence: true, ...(answers ? { answers } : {}) };
          }),
          comments: COMMENTS,
          graded: true,
        })),
        actions: true,
      },
    ],
  };
}
