/**
 */
package io.bulwark.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Move Journal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The console's record of its agent moves between servers, kept on disk so that a closed or crashed console shows and resumes its moves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.MoveJournal#getJobs <em>Jobs</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getMoveJournal()
 * @model
 * @generated
 */
public interface MoveJournal extends EObject {
	/**
	 * Returns the value of the '<em><b>Jobs</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.MoveJob}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The moves, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jobs</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getMoveJournal_Jobs()
	 * @model containment="true"
	 * @generated
	 */
	EList<MoveJob> getJobs();

} // MoveJournal
