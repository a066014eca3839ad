// The Walsall Children's Services case-file audit tool (seed 003, Appendix C), as a checklist:
// record details, seven sections of Yes / No / N/A questions with evidence, comment boxes, a
// grade per section on the seed's four-point scale with its descriptors, and an actions table.
import { AUTHORITY } from './common.js';

const COMMENTS = [
  { id: 'reflection', label: "Auditor's comments and reflection notes" },
  { id: 'good-practice', label: 'Areas of good practice' },
  { id: 'improvement', label: 'Areas for improvement' },
  { id: 'response', label: "Case worker, team manager or service manager's comments on the audit" },
];

const SECTIONS: [string, string, string[]][] = [
  [
    'general',
    'General information',
    [
      'Are the names of the allocated workers and responsible team up to date?',
      'Do records identify all the child\'s details in respect of the child, parents, carers and those with parental responsibility: gender, ethnicity, first language, religion, school or college, category of need, UPN (if applicable)? For care leavers: National Insurance number, passport number, bank account details.',
      'Is there a record of an interpreter needed or used?',
      'Are professional involvements and key agencies accurate and up to date (external agencies recorded in the central index)?',
      'Is there a properly maintained chronology? Chronologies should be updated every three months.',
      'Is the recording of case notes up to date? This should be within 3 days of the last event for statutory visits, CP and LAC related activity; 5 days for everything else.',
      'Is the case recording specific to this child (is there recording on the file that belongs to siblings)?',
      'For closed cases, is there a full closing summary?',
      "What's the story? Does the record tell the child's story? Is the reason for involvement clear? Is the intervention clear?",
    ],
  ],
  [
    'assessment',
    'Assessment of need and analysis of risk',
    [
      'Is there evidence that the child was seen and spoken to, and are their wishes and feelings clearly recorded?',
      "If the child was not seen, has the reason and the manager's decision endorsing this been recorded? Is the decision appropriate?",
      'How has this been done? Is there evidence of direct work tools used? Which ones?',
      'Is there evidence of inclusion of all parents and those with parental responsibility, including non-resident parents (often fathers), in the assessment?',
      'Is there evidence of appropriate liaison with other professionals? Has their input been taken into account?',
      'Does the assessment address the referral issue or presenting need appropriately?',
      'Does the assessment consider and incorporate diversity issues? If so, how?',
      'Does the assessment include a clear analysis of risk and proposed actions?',
      'For children at risk of sexual exploitation, has the CSE risk assessment been completed in full? Consider also radicalisation and gangs.',
      'Is there evidence of managerial oversight of the assessment, with appropriate challenge and analysis?',
      'Was the assessment completed and authorised within timescale?',
      'Is there clear evidence of feedback of the outcome to the professional referrer?',
      'Is there evidence that the child, their parents and carers were given a copy of the assessment?',
      'Is there evidence that the child, their parents and carers have been given information about the complaints procedure?',
    ],
  ],
  [
    'plan',
    "Child or young person's plan",
    [
      'What plan is in place: early help, CiN, CPP, care plan, safety plan, pathway plan, placement plan?',
      'Is the plan child specific?',
      "Does the plan meet the child's needs with clear and specific objectives, inputs and expected outcomes within specific timescales?",
      "Is there evidence that the child's wishes and views are central to decisions and have been taken into account in making the plan? Do they have a copy of the plan?",
      'Is there evidence that parents, including absent parents, have been involved in decision making and their views inform the plan, or clear reasons why not? Do they have a copy of the plan?',
      'Does the plan consider and incorporate diversity issues? If so, how?',
      'As the risk changes, is the plan reviewed to address newly identified issues?',
      'For children at risk of sexual exploitation, has the CSE risk assessment been completed in full?',
      'For children who go missing, is there evidence of a return interview, of discussion at CMOG, of a MACE meeting? Consider also radicalisation and gangs.',
      'Is there evidence that appropriate transfer processes have been followed (step up, step down, closure)? Is the rationale clear and linked to the assessment of need and changes in risk?',
    ],
  ],
  [
    'review',
    'Review and statutory duties',
    [
      'Is there evidence of visiting the child within the timescales set out in the plan? Record the dates of the last 3 visits.',
      'Has the plan been reviewed within timescales? Record the dates of the last 2 core groups, CiN review, looked after review, RCPC or MACE review.',
      'Is there evidence of professional engagement in key meetings and reviews? Are there patterns of non-attendance by key professionals?',
      'Is there evidence that parents, children and family members are involved in meetings? Are their views included? Are diversity issues identified and accommodated?',
      "Is there evidence of SMART plans actively progressed by all parties, reviewed and the outcome recorded? Is the family's history taken into account?",
      'Is there evidence that decisions and plans have been shared with parents, carers and the child, and that they understand their role?',
      'Is there evidence of timely planning and response to escalating concerns?',
      'Is there evidence that statutory requirements have been met: PEP, LAC health assessment, SDQs?',
      'When a plan is not working, have escalating concerns been responded to in a timely way (early review, professionals meeting, revised risk assessment, MACE, CMOG)?',
    ],
  ],
  [
    'voice',
    'The voice of the child or young person',
    [
      'Is there evidence that the worker has seen the child alone? If not, is the reason clearly recorded and endorsed by the manager?',
      "Are the child's individual needs in the family being addressed: child-focused practice and ongoing assessment of this child's needs?",
      "Has the case worker recorded observations of the child's physical and emotional presentation and their interaction with parents, carers, siblings and others? Have they analysed these?",
      'Has direct work been carried out, and with what tools? If not, has it been considered and a clear rationale recorded?',
      'Are there barriers to carrying out direct work? Has the worker made efforts to overcome them?',
      'For children subject to a CPP or looked after, have the consultation tools been used and shared at the meeting?',
      'For children in statutory processes, has the child been made aware of their right to independent advocacy and independent visitors?',
      'Has the child been invited to their own meetings and reviews, and supported to attend or take part (MACE, ICPC, RCPC, reviews of all plans)?',
      'Is the voice of the child clear, and can their journey be understood?',
    ],
  ],
  [
    'oversight',
    'Supervision and management oversight',
    [
      'Is there evidence of management oversight at allocation?',
      'Is there evidence of management oversight at key decision points (S47, PLO, court proceedings, return home, placement or school changes)?',
      "Is there evidence of regular formal supervision? Is the manager's input clear, child specific and time bound?",
      "Is the child's lived experience considered and used to shape next steps?",
      'Are safeguarding issues considered and addressed? Are audit outcomes followed up and addressed?',
    ],
  ],
  [
    'impact',
    'Evidence of impact',
    [
      "Is there evidence that the child's plan is making a positive difference? What is the evidence?",
      'Is there evidence that family life has improved?',
      'Ask parents and the child or young person: has your social worker explained why they are working with you?',
      'Ask parents, the child or young person and foster carers: do you feel that your social worker has listened to you?',
      'Ask parents, the child or young carer: have you been invited to meetings about your child, given support to attend, and included in making plans and deciding what should happen next?',
      'Ask parents and foster carers: what do you think the social worker has done well?',
      'Ask parents and foster carers: what do you think has not been so good?',
      'Ask parents: has the social worker made a difference to your child?',
    ],
  ],
];

export function auditToolFeed() {
  return {
    version: '1.0',
    title: "Walsall Children's Services case-file audit tool",
    publisher: "Walsall Council Children's Services (Quality Assurance Framework, January 2017)",
    updated: '2017-01-31',
    licence: 'From a public council committee report',
    authority: AUTHORITY,
    illustrative: false,
    checklists: [
      {
        id: 'case-file-audit',
        title: "Walsall Children's Services audit tool",
        description:
          'An assessment of the quality of service provision based on the evidence in the record. Auditors complete the audit within the required timescale using the grade descriptors, and provide evidence to support each judgement. The receiving manager follows up every issue identified.',
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
        grades: [
          {
            value: 1,
            label: 'Outstanding',
            descriptor: "All elements of the child's file demonstrate a focus on the child or young person, with all elements of good practice consistently present in all areas.",
          },
          {
            value: 2,
            label: 'Good',
            descriptor:
              'Children and young people are listened to; practice is focused on their needs and experiences and influenced by their wishes and feelings or, where they cannot represent their views themselves, those advocated on their behalf.',
          },
          { value: 3, label: 'Requires improvement', descriptor: 'There is some evidence as described above, but the evidence is inconsistent and/or some areas are absent.' },
          {
            value: 4,
            label: 'Inadequate',
            descriptor:
              "The audit of the child's file does not provide evidence of consistent, child-focused input. Plans and assessments are missing or significantly out of date. There is no evidence of review, or that children have been seen. Safeguarding concerns have not been investigated or addressed. The auditor considers there to be an immediate safeguarding concern.",
          },
        ],
        sections: SECTIONS.map(([id, title, questions]) => ({
          id,
          title,
          questions: questions.map((text, i) => ({ id: `${id}-${i + 1}`, text, evidence: true })),
          comments: COMMENTS,
        })),
        actions: true,
      },
    ],
  };
}
