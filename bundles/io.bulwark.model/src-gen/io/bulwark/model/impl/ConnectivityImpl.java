/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.Connectivity;
import io.bulwark.model.LinkType;
import io.bulwark.model.ModelPackage;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Connectivity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.ConnectivityImpl#getLink <em>Link</em>}</li>
 *   <li>{@link io.bulwark.model.impl.ConnectivityImpl#getKbitPerSecond <em>Kbit Per Second</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConnectivityImpl extends MinimalEObjectImpl.Container implements Connectivity {
	/**
	 * The default value of the '{@link #getLink() <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected static final LinkType LINK_EDEFAULT = LinkType.UNKNOWN;

	/**
	 * The cached value of the '{@link #getLink() <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected LinkType link = LINK_EDEFAULT;

	/**
	 * The default value of the '{@link #getKbitPerSecond() <em>Kbit Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKbitPerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final Integer KBIT_PER_SECOND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKbitPerSecond() <em>Kbit Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKbitPerSecond()
	 * @generated
	 * @ordered
	 */
	protected Integer kbitPerSecond = KBIT_PER_SECOND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConnectivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CONNECTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkType getLink() {
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLink(LinkType newLink) {
		LinkType oldLink = link;
		link = newLink == null ? LINK_EDEFAULT : newLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONNECTIVITY__LINK, oldLink, link));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getKbitPerSecond() {
		return kbitPerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKbitPerSecond(Integer newKbitPerSecond) {
		Integer oldKbitPerSecond = kbitPerSecond;
		kbitPerSecond = newKbitPerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONNECTIVITY__KBIT_PER_SECOND, oldKbitPerSecond, kbitPerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSlow() {
		return getLink() == LinkType.SLOW_LINK || getLink() == LinkType.DIAL_UP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CONNECTIVITY__LINK:
				return getLink();
			case ModelPackage.CONNECTIVITY__KBIT_PER_SECOND:
				return getKbitPerSecond();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.CONNECTIVITY__LINK:
				setLink((LinkType)newValue);
				return;
			case ModelPackage.CONNECTIVITY__KBIT_PER_SECOND:
				setKbitPerSecond((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.CONNECTIVITY__LINK:
				setLink(LINK_EDEFAULT);
				return;
			case ModelPackage.CONNECTIVITY__KBIT_PER_SECOND:
				setKbitPerSecond(KBIT_PER_SECOND_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.CONNECTIVITY__LINK:
				return link != LINK_EDEFAULT;
			case ModelPackage.CONNECTIVITY__KBIT_PER_SECOND:
				return KBIT_PER_SECOND_EDEFAULT == null ? kbitPerSecond != null : !KBIT_PER_SECOND_EDEFAULT.equals(kbitPerSecond);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ModelPackage.CONNECTIVITY___IS_SLOW:
				return isSlow();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (link: ");
		result.append(link);
		result.append(", kbitPerSecond: ");
		result.append(kbitPerSecond);
		result.append(')');
		return result.toString();
	}

} //ConnectivityImpl
